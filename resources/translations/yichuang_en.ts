<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../app/auth.py" line="+19"/>
        <location filename="../../app/figures/case_figures.py" line="+30"/>
        <location filename="../../app/figures/consultations.py" line="+30"/>
        <location filename="../../app/figures/queue_figures.py" line="+25"/>
        <location filename="../../app/figures/server_source.py" line="+40"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>窗口人员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>大厅管理</source>
        <translation>Hall supervisor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>代办员</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>请先登录。</source>
        <translation>Please log in first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>当前账号（{role}）无权进行此操作，请联系大厅管理人员。</source>
        <translation>This account ({role}) may not do this. Please ask a hall supervisor.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../app/sync/auth.py" line="+124"/>
        <source>请输入工号和密码。</source>
        <translation>Please enter your staff number and password.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/sync/auth.py" line="+16"/>
        <source>工号或密码不正确，请重新输入。</source>
        <translation>Wrong staff number or password. Please try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>离线登录已过期：请在网络恢复后联网登录一次。</source>
        <translation>Offline login has expired: log in once online when the network is back.</translation>
    </message>
    <message>
        <location filename="../../app/config.py" line="+57"/>
        <source>服务器地址</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作站编号</source>
        <translation>Station code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>大厅名称</source>
        <translation>Hall name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>机关简称</source>
        <translation>Office short name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>窗口号</source>
        <translation>Window number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本机角色</source>
        <translation>Roles of this computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自助终端无操作返回首页（秒）</source>
        <translation>Kiosk returns to the start page after (seconds idle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>默认长辈版</source>
        <translation>Elderly mode by default</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评价等待时间（秒）</source>
        <translation>Time to wait for a rating (seconds)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密钥存储方式</source>
        <translation>Secret storage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评价上报平台</source>
        <translation>Rating reporting platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>差评整改时限（工作日）</source>
        <translation>Follow-up deadline for poor ratings (working days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>补充评价期限（天）</source>
        <translation>Period for additional ratings (days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>使用大厅共享队列</source>
        <translation>Use the hall&apos;s shared queue</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>服务器地址应以 http:// 或 https:// 开头，例如 https://zwfw.example.gov.cn。</source>
        <translation>The server address must start with http:// or https://, e.g. https://zwfw.example.gov.cn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>本机角色只能是 {allowed} 中的一个或多个（现为 {current}）。</source>
        <translation>The roles of this computer must be one or more of {allowed} (now: {current}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>空</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>密钥存储方式只能是 auto、keyring 或 file。</source>
        <translation>Secret storage must be auto, keyring or file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>自助终端无操作返回首页的时间应在 10 到 3600 秒之间。</source>
        <translation>The kiosk idle time before returning to the start page must be between 10 and 3600 seconds.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>评价等待时间应在 5 到 600 秒之间。</source>
        <translation>The time to wait for a rating must be between 5 and 600 seconds.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>行政区划代码应为 6 位数字，例如 330106。</source>
        <translation>The region code has 6 digits, e.g. 330106.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>界面语言只能是 zh_CN 或 en。</source>
        <translation>The interface language must be zh_CN or en.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>评价上报平台只能是 {allowed} 之一（现为 {current}）。</source>
        <translation>The rating reporting platform must be one of {allowed} (now: {current}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>差评整改时限应在 5 到 15 个工作日之间。</source>
        <translation>The follow-up deadline for poor ratings must be between 5 and 15 working days.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>补充评价期限不能为负数（0 表示不接受补充评价）。</source>
        <translation>The period for additional ratings cannot be negative (0: no additional ratings).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本地数据备份保留天数应在 1 到 365 天之间。</source>
        <translation>Local backups must be kept between 1 and 365 days.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>过号前的重呼次数不能为负数。</source>
        <translation>The number of recalls before a no-show cannot be negative.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打印机设置中有未知的文书类型：{kinds}。</source>
        <translation>The printer settings name unknown document types: {kinds}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>工作站配置文件 {path} 格式错误：{error}。请修正或删除后重新运行 yichuang setup。</source>
        <translation>The station configuration file {path} is malformed: {error}. Fix or delete it, then run yichuang setup again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>工作站配置文件 {path} 含有未知的设置项：{keys}。</source>
        <translation>The station configuration file {path} has unknown settings: {keys}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>工作站配置文件 {path} 有误：
{problems}</source>
        <translation>The station configuration file {path} has errors:
{problems}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>设置项 {key} 应为整数。</source>
        <translation>The setting {key} must be a whole number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>设置项 {key} 的类型不正确（应为 {expected}）。</source>
        <translation>The setting {key} has the wrong type (expected {expected}).</translation>
    </message>
    <message>
        <location filename="../../app/figures/consultations.py" line="+1"/>
        <source>窗口人员登记的咨询（首问负责）；转交 = 登记了转交部门或窗口的咨询。评价计入好差评统计。</source>
        <translation>Consultations recorded by clerks (first-contact responsibility); handed on = a department or window to hand the question to was recorded. Their ratings count in the rating figures.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>事项目录中没有这个事项，请重新选择，或直接填写咨询内容。</source>
        <translation>This matter is not in the catalog. Choose another one, or type what the question is about.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请选择咨询的事项，或填写咨询内容（例如：社保卡补办地点）。</source>
        <translation>Choose the matter asked about, or type what the question is about (e.g. where to replace a social security card).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>咨询内容请概括在 {limit} 字以内。</source>
        <translation>Please sum up the question in at most {limit} characters.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>答复内容请控制在 {limit} 字以内。</source>
        <translation>Please keep the answer to at most {limit} characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>转交对象请控制在 {limit} 字以内（部门或窗口名称）。</source>
        <translation>Please keep the department or window handed to within {limit} characters.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>咨询次数</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>转交</source>
        <translation>Handed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转交比例</source>
        <translation>Handed-on share</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/figures/rating_figures.py" line="+38"/>
        <source>已评价</source>
        <translation>Rated</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>差评</source>
        <translation>Poor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>咨询服务（按{group}）</source>
        <translation>Consultations by {group}</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>请简要记录答复内容。</source>
        <translation>Please note the answer briefly.</translation>
    </message>
    <message>
        <location filename="../../app/figures/planning.py" line="+32"/>
        <source>平均工作日</source>
        <translation>average working day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>繁忙日（80% 分位）</source>
        <translation>busy day (80th percentile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全科窗口合并</source>
        <translation>All windows pooled</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>目标等候时间应在 1 到 240 分钟之间。</source>
        <translation>The target wait must be between 1 and 240 minutes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>达标比例应在 50% 到 99% 之间。</source>
        <translation>The share within the target must be between 50% and 99%.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>参考历史应在 1 到 26 周之间。</source>
        <translation>The history to use must be between 1 and 26 weeks.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>测算依据只能是平均工作日或繁忙日。</source>
        <translation>The basis must be the average working day or a busy day.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>约每小时 {rate:.1f} 人、平均办理 {service:.1f} 分钟，相当于 {load:.2f} 个窗口一直在忙；{windows} 个窗口时{level:.0%} 的群众{target:g}分钟内被叫到。</source>
        <translation>About {rate:.1f} people an hour and {service:.1f} minutes of service on average keep {load:.2f} windows busy all the time; with {windows} windows {level:.0%} of citizens are called within {target:g} minutes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>约每小时 {rate:.1f} 人、平均办理 {service:.1f} 分钟，相当于 {load:.2f} 个窗口一直在忙；{windows} 个窗口时{level:.0%} 的群众{target:g}分钟内被叫到；{fewer} 个窗口处理不过来，排队会越来越长。</source>
        <translation>About {rate:.1f} people an hour and {service:.1f} minutes of service on average keep {load:.2f} windows busy all the time; with {windows} windows {level:.0%} of citizens are called within {target:g} minutes; {fewer} windows cannot keep up and the queue keeps growing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>约每小时 {rate:.1f} 人、平均办理 {service:.1f} 分钟，相当于 {load:.2f} 个窗口一直在忙；{windows} 个窗口时{level:.0%} 的群众{target:g}分钟内被叫到；{fewer} 个窗口时只有 {fewer_level:.0%}。</source>
        <translation>About {rate:.1f} people an hour and {service:.1f} minutes of service on average keep {load:.2f} windows busy all the time; with {windows} windows {level:.0%} of citizens are called within {target:g} minutes; with {fewer} windows only {fewer_level:.0%}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../app/figures/queue_figures.py" line="+163"/>
        <source>时段</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>到达（人/日）</source>
        <translation>Arrivals (per day)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>到达率（人/小时）</source>
        <translation>Arrival rate (per hour)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/figures/queue_figures.py" line="+22"/>
        <source>平均办理（分）</source>
        <translation>Avg. service (min)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>工作量（窗口）</source>
        <translation>Workload (windows)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>建议窗口数</source>
        <translation>Windows advised</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>窗口忙碌率</source>
        <translation>Window utilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>需等候比例</source>
        <translation>Share who wait</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>目标内叫号比例</source>
        <translation>Called within target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预计平均等候（分）</source>
        <translation>Expected avg. wait (min)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>预计90%等候（分）</source>
        <translation>Expected 90% wait (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>少一个窗口时目标内比例</source>
        <translation>Within target with one window fewer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>依据 {first:%Y-%m-%d} 至 {last:%Y-%m-%d} 的 {days} 个工作日（{basis}），按 Erlang C 排队模型测算：使 {share:.0%} 的群众等候不超过 {minutes:g} 分钟所需的最少窗口数。“全科窗口合并”一行为所有类别由同一批窗口办理时所需的窗口数。</source>
        <translation>From the {days} working days {first:%Y-%m-%d} to {last:%Y-%m-%d} ({basis}), with the Erlang C queueing model: the fewest windows with which {share:.0%} of citizens wait no longer than {minutes:g} minutes. The “All windows pooled” rows give the windows needed if the same windows serve every category.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{month}窗口测算</source>
        <translation>Window planning for {month}</translation>
    </message>
    <message>
        <location filename="../../app/figures/server_source.py" line="-20"/>
        <source>排队事件（叫号、重呼、过号、转移、办结）</source>
        <translation>Queue events (call, recall, no-show, transfer, served)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/sync/quarantine.py" line="+20"/>
        <source>预约签到</source>
        <translation>Appointment check-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>受理（含容缺受理）</source>
        <translation>Accepted (incl. with pending materials)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办件事件（收件、补交材料、出件等）</source>
        <translation>Case events (received, supplements handed in, result handed over …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>评价（含未评价）</source>
        <translation>Ratings (incl. not rated)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>差评整改步骤</source>
        <translation>Poor-rating follow-up steps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登录、退出等审计事件</source>
        <translation>Audit events (log-in, log-out …)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>补正材料</source>
        <translation>Supplements</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>上报记录</source>
        <translation>Uploaded records</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>本工作站没有配置服务器，只能查看本工作站的统计。</source>
        <translation>This station has no server set up; only this station&apos;s figures can be shown.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>无法连接服务器，全大厅统计暂不可用（{detail}）。请稍后点“刷新”重试，或先查看本工作站的统计。</source>
        <translation>Cannot reach the server, so the whole-hall figures are not available ({detail}). Click “Refresh” later to try again, or look at this station&apos;s figures meanwhile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>服务器拒绝了统计请求：{detail}。请联系运维人员。</source>
        <translation>The server refused the figures request: {detail}. Please contact IT support.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>全大厅上报记录（{hall}）</source>
        <translation>Records uploaded by the whole hall ({hall})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>全大厅上报记录（本大厅）</source>
        <translation>Records uploaded by the whole hall (this hall)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录类型</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>条数</source>
        <translation>Count</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>服务器收到的本大厅各工作站上报记录数（按工作站本地日期）。</source>
        <translation>Records the server received from each station of this hall (by the station&apos;s local date).</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="+59"/>
        <location filename="../../app/queue/service.py" line="+167"/>
        <location filename="../../app/ratings/followups.py" line="+57"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../app/intake/service.py" line="+65"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待受理 / 待补正</source>
        <translation>To accept / awaiting supplements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>需关注（临期、超期、五日时限）</source>
        <translation>Needs attention (due soon, overdue, 5-day limit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待出件</source>
        <translation>Result to hand over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已结束</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>已超过承诺办结日期</source>
        <translation>Past the promised completion date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>临近承诺办结日期</source>
        <translation>The promised completion date is near</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>未找到编号为 {code} 的补正通知书或办件，请核对后重新扫描。</source>
        <translation>No supplement notice or case numbered {code} was found; please check and scan again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>办件 {case_no} 当前为“{status}”，请在办件列表中查看。</source>
        <translation>Case {case_no} is “{status}”; please look it up in the case list.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>收件，待受理（五个工作日内须受理或一次性告知补正）</source>
        <translation>Received, awaiting acceptance (accept or issue a one-time supplement notice within five working days)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>补交材料的日期不能早于今天。</source>
        <translation>The date for the pending materials cannot be before today.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>受理，办件编号 {case_no}，承诺 {due} 前办结（{doc_no}）</source>
        <translation>Accepted as case {case_no}, promised to conclude by {due} ({doc_no})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>容缺受理，办件编号 {case_no}；{due} 前补交：{owed}（{doc_no}）</source>
        <translation>Accepted with pending materials as case {case_no}; to bring by {due}: {owed} ({doc_no})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>补正期限不能早于今天。</source>
        <translation>The deadline for supplements cannot be before today.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>一次性告知补正 {count} 项，{due} 前补齐（{doc_no}，条码 {code}）</source>
        <translation>One-time notice of {count} supplement(s), to complete by {due} ({doc_no}, barcode {code})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>请选择或填写不予受理的理由。</source>
        <translation>Please pick or type the reason for refusal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写不予受理的法律依据。</source>
        <translation>Please fill in the legal basis for the refusal.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>不予受理：{reason}（{doc_no}）</source>
        <translation>Refused: {reason} ({doc_no})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>没有可补交的容缺材料，请核对后再试。</source>
        <translation>There are no pending materials to record; please check and try again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>补交容缺材料：{names}</source>
        <translation>Pending materials brought: {names}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>办件当前为“{status}”，不能改为“{new_status}”。</source>
        <translation>The case is “{status}”; it cannot be changed to “{new_status}”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>状态改为：{status}（{note}）</source>
        <translation>Status set to: {status} ({note})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态改为：{status}</source>
        <translation>Status set to: {status}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>办件当前为“{status}”，尚无可领取的结果。</source>
        <translation>The case is “{status}”; there is no result to hand over yet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>结果已出件，由申请人本人（或登记的代办人）领取，证件已核验</source>
        <translation>Result handed over to the applicant (or the registered agent); ID checked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结果已出件，由受托人 {name} 领取，证件已核验</source>
        <translation>Result handed over to the authorised person {name}; ID checked</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>受托人信息有误：
{problems}</source>
        <translation>Please check the authorised person&apos;s details:
{problems}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>该申请当前为“{status}”，不能重复办理。</source>
        <translation>This application is already “{status}”; it cannot be handled again.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>代办人证件</source>
        <translation>Agent&apos;s ID</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>证件号码与申请人（或登记的代办人）不一致，请核对证件；如由他人领取，请选择“受托人领取”。</source>
        <translation>The ID number does not match the applicant (or the registered agent); please check the ID. If someone else collects the result, choose “Collected by an authorised person”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>请选择领取人。</source>
        <translation>Please choose who collects the result.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk_pin.py" line="+27"/>
        <source>管理员解锁密码应为 {low} 到 {high} 位数字。</source>
        <translation>The supervisor unlock PIN must be {low} to {high} digits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>管理员解锁密码过于简单（如 000000、123456），请换一个不易猜到的数字组合。</source>
        <translation>The supervisor unlock PIN is too simple (like 000000 or 123456). Please choose one that is hard to guess.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>密码错误次数过多，请 {left} 秒后再试。</source>
        <translation>Too many wrong PINs. Please try again in {left} seconds.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>本机尚未设置管理员解锁密码：请在电脑上运行 yichuang setup 设置。</source>
        <translation>No supervisor unlock PIN is set on this device: run yichuang setup on the computer to set one.</translation>
    </message>
    <message>
        <location filename="../../app/kiosk_rules.py" line="+32"/>
        <source>未查询到相符的办件。请核对办件编号和证件号码后四位，或持受理通知书到综合窗口咨询。</source>
        <translation>No matching case found. Check the case number and the last 4 ID characters, or bring your receipt to a service window.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>数据来源：本机记录</source>
        <translation>Source: this terminal&apos;s records</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>第 {number} / {count} 页</source>
        <translation>Page {number} of {count}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>即办</source>
        <translation>same day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{days}个工作日</source>
        <translation>{days} working day(s)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{hall}任一综合受理窗口（取号时选择“{categories}”）</source>
        <translation>Any service window at {hall} (take a number for “{categories}”)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hall}任一综合受理窗口</source>
        <translation>Any service window at {hall}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{result}；{pickup}</source>
        <translation>{result}; {pickup}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>不收费</source>
        <translation>Free of charge</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{matter}，{situation}。</source>
        <translation>{matter}, {situation}. </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>需要准备{count}项材料。</source>
        <translation>Materials to bring: {count}. </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>第{index}项，{name}，{form}{copies}份，{necessity}。</source>
        <translation>Item {index}: {name}, {form}, copies: {copies}, {necessity}. </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>收费：{fees}。承诺办结时限：{limit}。</source>
        <translation>Fees: {fees}. Promised time limit: {limit}. </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理地点：{where}。</source>
        <translation>Where to apply: {where}. </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{necessity}：{condition}</source>
        <translation>{necessity}: {condition}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>本机暂未与服务器同步，以下为本机记录，办理状态可能不是最新。</source>
        <translation>This terminal has not synchronised with the server yet. This is its own record; the status may not be up to date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已与服务器同步（{at:%H:%M}）</source>
        <translation>Synchronised with the server ({at:%H:%M})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>网络暂时中断，以下为本机记录（最后同步于 {at:%H:%M}），办理状态可能不是最新。</source>
        <translation>The network is down. This is this terminal&apos;s record (last synchronised at {at:%H:%M}); the status may not be up to date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>网络暂时中断，以下为本机记录（最后同步于 {at:%m月%d日 %H:%M}），办理状态可能不是最新。</source>
        <translation>The network is down. This is this terminal&apos;s record (last synchronised on {at:%d %b at %H:%M}); the status may not be up to date.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>请输入证件号码的后{length}位（数字或字母 X）。</source>
        <translation>Please enter the last {length} characters of the ID number (digits or the letter X).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>请将受理通知书或补正通知书上的条码对准扫描口。</source>
        <translation>Please hold the barcode on your receipt or supplement notice to the scanner.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>请输入办件编号（见受理通知书）。</source>
        <translation>Please enter the case number (see your receipt).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/protocol.py" line="+72"/>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/protocol.py" line="+1"/>
        <source>审批中</source>
        <translation>Under review</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/protocol.py" line="+3"/>
        <source>待领取</source>
        <translation>Ready for pickup</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{status}（{day:%Y年%m月%d日}）</source>
        <translation>{status} ({day:%d %b %Y})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>通知书编号</source>
        <translation>Notice no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办理事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当前状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>承诺办结日期</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{promised_on:%Y年%m月%d日}</source>
        <translation>{promised_on:%d %b %Y}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>尚需补交材料</source>
        <translation>Still to bring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>领取地点</source>
        <translation>Pick up at</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办结后领取</source>
        <translation>Pick up when done</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>请带齐上述材料，持补正通知书到任一综合受理窗口，即可继续办理，无需重新填写。</source>
        <translation>Please bring the materials above with your supplement notice to any service window; your application continues there, with nothing to fill in again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请于 {day:%Y年%m月%d日} 前带齐上述材料，持补正通知书到任一综合受理窗口，即可继续办理，无需重新填写。</source>
        <translation>Please bring the materials above with your supplement notice to any service window by {day:%d %b %Y}; your application continues there, with nothing to fill in again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请按承诺书约定的时间将上述材料交到任一综合受理窗口（容缺受理承诺）。</source>
        <translation>Please hand in the materials above at any service window by the date in your signed commitment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请于 {day:%Y年%m月%d日} 前将上述材料交到任一综合受理窗口（容缺受理承诺）。</source>
        <translation>Please hand in the materials above at any service window by {day:%d %b %Y} (as promised when your case was accepted with pending materials).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}：{value}。</source>
        <translation>{label}: {value}. </translation>
    </message>
    <message>
        <location filename="../../app/queue/hall.py" line="+72"/>
        <source>无法连接大厅共享队列服务器：{reason}，请稍后重试或联系管理员。</source>
        <translation>Cannot reach the hall&apos;s shared queue server: {reason}. Please try again later or contact the administrator.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>大厅共享队列</source>
        <translation>Hall shared queue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>共享队列离线</source>
        <translation>Shared queue offline</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>大厅共享队列拒绝了本次操作：{detail}。请重新联网登录后再试。</source>
        <translation>The hall&apos;s shared queue refused this action: {detail}. Please log in online again and retry.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>大厅共享队列未能办理：{detail}</source>
        <translation>The hall&apos;s shared queue could not do this: {detail}</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>请输入预约码。</source>
        <translation>Please enter the appointment code.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location filename="../../app/queue/service.py" line="+356"/>
        <location line="+39"/>
        <source>本窗口已暂停叫号，请先恢复叫号（F5）。</source>
        <translation>Calling is paused at this window. Resume calling first (F5).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>请输入要叫的号码，如 A012。</source>
        <translation>Enter the number to call, e.g. A012.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../app/queue/service.py" line="-61"/>
        <location line="+190"/>
        <source>本窗口当前没有正在办理的号。</source>
        <translation>This window is not serving a ticket right now.</translation>
    </message>
    <message>
        <location line="+76"/>
        <location filename="../../app/queue/service.py" line="-19"/>
        <source>请先办结或挂起当前号，再恢复挂起的号。</source>
        <translation>Finish or hold the current ticket before resuming a held one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/queue/service.py" line="+5"/>
        <source>该号不是本窗口挂起的号。</source>
        <translation>This ticket was not held at this window.</translation>
    </message>
    <message>
        <location filename="../../app/queue/service.py" line="-455"/>
        <source>连续优先叫号次数至少为 1。</source>
        <translation>Priority calls in a row must be at least 1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>每人预计办理时间应在 1 到 240 分钟之间。</source>
        <translation>The estimated time per citizen must be between 1 and 240 minutes.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>业务类别 {code} 不存在，请刷新后重新选择。</source>
        <translation>Queue category {code} does not exist. Please refresh and choose again.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>找不到该排队号。</source>
        <translation>Ticket not found.</translation>
    </message>
    <message>
        <location line="-234"/>
        <location filename="../../server/hall_queue.py" line="+42"/>
        <source>等候中</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../server/hall_queue.py" line="+0"/>
        <source>已叫号</source>
        <translation>Called</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../server/hall_queue.py" line="+0"/>
        <source>已挂起</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>预约迟到，按普通号排队</source>
        <translation>Late for the appointment: queued as a normal ticket</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>现在不在“{category}”的取号时间（{hours}），请在办理时间内取号。</source>
        <translation>“{category}” is not taking numbers now (open {hours}). Please take a number during opening hours.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>请先重呼（F2）：已重呼 {recalls} 次，重呼 {needed} 次仍未到才能过号。</source>
        <translation>Recall first (F2): recalled {recalls} time(s); a ticket can be marked as missed after {needed} recall(s).</translation>
    </message>
    <message>
        <location line="+133"/>
        <location filename="../../server/hall_queue.py" line="+303"/>
        <source>今天没有 {ticket_no} 号，请核对号码。</source>
        <translation>There is no number {ticket_no} today. Please check the number.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>“{category}”今日号源（{cap} 个）已取完，请明天再来或预约办理。</source>
        <translation>All of today&apos;s numbers for “{category}” ({cap}) have been taken. Please come back tomorrow or book an appointment.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>{ticket_no} 号当前{state}，不能叫号。</source>
        <translation>Number {ticket_no} cannot be called (status: {state}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{ticket_no} 号已转到 {window_no} 号窗口。</source>
        <translation>Number {ticket_no} has been transferred to window {window_no}.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>请选择要转到的业务类别或窗口。</source>
        <translation>Choose the category or window to transfer to.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不能转到本窗口。</source>
        <translation>Cannot transfer to this window.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>本窗口已暂停叫号。</source>
        <translation>Calling is already paused at this window.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>本窗口未暂停。</source>
        <translation>This window is not paused.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>预约时段的结束时间应晚于开始时间。</source>
        <translation>The appointment slot must end after it starts.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../server/hall_queue.py" line="-116"/>
        <source>没有找到该预约码，请核对后重新输入。</source>
        <translation>Appointment code not found. Please check it and enter it again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>该预约已签到或已取消，无需重复签到。</source>
        <translation>This appointment is already checked in or cancelled; no need to check in again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>您的预约日期是 {day:%Y年%m月%d日}，请在预约当天签到。</source>
        <translation>Your appointment is on {day:%d %b %Y}. Please check in on that day.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>您的预约时段为 {start:%H:%M}–{end:%H:%M}，请于 {opens:%H:%M} 后签到。</source>
        <translation>Your appointment slot is {start:%H:%M}–{end:%H:%M}. Please check in after {opens:%H:%M}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>该预约已签到，无需重复签到。</source>
        <translation>This appointment is already checked in; no need to check in again.</translation>
    </message>
    <message>
        <location filename="../../app/queue/windows.py" line="+66"/>
        <source>业务类别 {codes} 不在当前事项目录中。</source>
        <translation>Queue categories {codes} are not in the current catalog.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>每个窗口至少要办理一个业务类别，请至少勾选一项。</source>
        <translation>Every window must serve at least one category. Please tick at least one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>权重应在 1 到 {high} 之间。</source>
        <translation>Weights must be between 1 and {high}.</translation>
    </message>
    <message>
        <location filename="../../app/ratings/followup.py" line="+41"/>
        <source>待核实</source>
        <translation>To verify</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整改中</source>
        <translation>Rectifying</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>解释说明</source>
        <translation>Explained</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>已回访</source>
        <translation>Called back</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>申诉复核</source>
        <translation>Under appeal</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>核实属实，整改</source>
        <translation>Rectify</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>核实后解释说明</source>
        <translation>Explain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申诉复核（误评、恶意差评）</source>
        <translation>Appeal (unfair rating)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>申诉成立，差评不计入</source>
        <translation>Uphold appeal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>申诉不成立，继续整改</source>
        <translation>Reject appeal</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>未知的整改步骤：{action}。</source>
        <translation>Unknown follow-up step: {action}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>当前状态为“{state}”，不能执行“{action}”。</source>
        <translation>The follow-up is “{state}”: the step “{action}” is not possible now.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>实名差评必须先回访评价人，回访后才能办结。</source>
        <translation>A named poor rating must be called back before it can be closed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写处理说明（核实情况、整改措施或回访结果）。</source>
        <translation>Please write a note (what was verified, what was fixed, or the result of the call-back).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>处理说明不能超过 500 字。</source>
        <translation>The note may not exceed 500 characters.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>差评整改时限应为 {low} 到 {high} 个工作日（现为 {days}），请在工作站设置中修改。</source>
        <translation>The follow-up time limit for poor ratings must be {low} to {high} working days (it is {days}); please change it in the station settings.</translation>
    </message>
    <message>
        <location filename="../../app/ratings/followups.py" line="+1"/>
        <source>{reasons}：{comment}</source>
        <translation>{reasons}: {comment}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>实名差评回访率 {done}/{required}</source>
        <translation>Named poor ratings called back: {done}/{required}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>实名差评回访率 {done}/{required}（{rate:.0%}）</source>
        <translation>Named poor ratings called back: {done}/{required} ({rate:.0%})</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+63"/>
        <source>找不到这条差评整改记录。</source>
        <translation>This poor-rating follow-up was not found.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>评价人没有留下回访电话。</source>
        <translation>The rater left no phone number for a call-back.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>匿名</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../../app/ratings/service.py" line="+124"/>
        <source>请选择不满意的原因（可多选）。</source>
        <translation>Please choose what went wrong (you may choose several).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>选择“其他”时，请写下具体意见。</source>
        <translation>You chose “Other”: please write what went wrong.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>办件评价需要办件编号。</source>
        <translation>Rating a case needs its case number.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>窗口服务</source>
        <translation>Window service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办件编号 {case_no}</source>
        <translation>case no. {case_no}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>排队号 {ticket_no}</source>
        <translation>number {ticket_no}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>不认识的原因：{reasons}。</source>
        <translation>Unknown reason: {reasons}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>意见不能超过 {limit} 字。</source>
        <translation>The comment may not exceed {limit} characters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>评价人姓名</source>
        <translation>Rater&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访电话</source>
        <translation>Call-back phone</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>该办件已经评价过了（一次一评）。</source>
        <translation>This case has already been rated (one rating per case).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本次服务已经评价过了（一次一评）。</source>
        <translation>This service has already been rated (one rating per service).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>找不到这次评价请求。</source>
        <translation>This rating request was not found.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>这次服务已经评价过或已超时，无需再评。</source>
        <translation>This service has already been rated or the time ran out; no rating is needed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>评价已超时，本次记为未评价。</source>
        <translation>The time to rate ran out; this service is recorded as not rated.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>请扫描受理回执上的条码，或输入办件编号。</source>
        <translation>Please scan the barcode on your receipt, or enter the case number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>没有找到这个办件，或身份证号码后六位不符。请核对后重试，或到窗口咨询。</source>
        <translation>Case not found, or the last 6 digits of the ID number do not match. Please check and try again, or ask at a window.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>这个办件还在办理中，办结后才能评价。</source>
        <translation>This case is still in progress; it can be rated once it is concluded.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>这个办件已经评价过了。</source>
        <translation>This case has already been rated.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>补充评价须在首次评价后 {days} 天内进行，这个办件已不能再评价。</source>
        <translation>A follow-up rating must be given within {days} days of the first one; this case can no longer be rated.</translation>
    </message>
    <message>
        <location filename="../../app/station.py" line="+134"/>
        <source>本工作站尚未导入事项目录：请连接服务器同步，或以 --demo 启动。</source>
        <translation>This station has no matter catalog yet: connect to the server to sync, or start with --demo.</translation>
    </message>
    <message>
        <location filename="../../app/sync/auth.py" line="-88"/>
        <source>本工作站尚未登记：请运行 yichuang setup，输入工作站编码和一次性登记码。</source>
        <translation>This station is not enrolled yet: run yichuang setup and enter the station code and the one-time enrolment code.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>工作站登记失败：{detail}。请向运维人员重新申请登记码。</source>
        <translation>Station enrolment failed: {detail}. Ask the operations staff for a new enrolment code.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>密码错误次数过多，请稍后再试。</source>
        <translation>Too many wrong passwords; please try again later.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>无法登录：{detail}</source>
        <translation>Cannot log in: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/catalog/loader.py" line="+48"/>
        <source>事项目录有误：</source>
        <translation>The matter catalog has problems:</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>找不到事项目录文件：{path}</source>
        <translation>Matter catalog file not found: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>无法读取事项目录文件 {path}：{reason}</source>
        <translation>Cannot read the matter catalog file {path}: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>此处应为一个值</source>
        <translation>a value is expected here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缺少逗号“,”</source>
        <translation>a comma “,” is missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缺少冒号“:”</source>
        <translation>a colon “:” is missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>字段名必须用英文双引号括起（或多了一个逗号）</source>
        <translation>field names must be in straight double quotes (or there is an extra comma)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>字符串缺少结尾的双引号</source>
        <translation>a string is missing its closing double quote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>字符串中有非法控制字符（如未转义的换行）</source>
        <translation>a string contains an invalid control character (such as an unescaped line break)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>非法的转义字符</source>
        <translation>invalid escape sequence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON 结束后还有多余内容</source>
        <translation>there is extra content after the end of the JSON</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>文件不是 UTF-8 编码：第 {offset} 个字节无法解码</source>
        <translation>The file is not UTF-8 encoded: byte {offset} cannot be decoded</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>文件不是有效的 JSON：第 {line} 行第 {column} 列，{reason}</source>
        <translation>The file is not valid JSON: line {line}, column {column}: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>目录版本</source>
        <translation>Catalog version</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/config.py" line="-88"/>
        <source>行政区划代码</source>
        <translation>Region code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>部门列表</source>
        <translation>Department list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>业务类别列表</source>
        <translation>Category list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项列表</source>
        <translation>Matter list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不合规原因列表</source>
        <translation>List of nonconformity reasons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不予受理理由列表</source>
        <translation>List of refusal reasons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>实施部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项类型</source>
        <translation>Matter type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法定时限</source>
        <translation>Statutory time limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>承诺时限</source>
        <translation>Promised time limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收费标准</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理条件</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法律依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结果领取方式</source>
        <translation>How the result is collected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关键词</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可网上办理</source>
        <translation>Available online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>到现场次数</source>
        <translation>Visits in person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理情形</source>
        <translation>Situations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>材料形式</source>
        <translation>Material form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>载体</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>必要性</source>
        <translation>Necessity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>适用情形</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可容缺</source>
        <translation>May be pending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>材料来源</source>
        <translation>Material source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>号码前缀</source>
        <translation>Number prefix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每日取号上限</source>
        <translation>Daily number limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务时段</source>
        <translation>Service hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>开始时间</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结束时间</source>
        <translation>End time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>字符串</source>
        <translation>a string</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整数</source>
        <translation>an integer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数字</source>
        <translation>a number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>布尔值（true 或 false）</source>
        <translation>a boolean (true or false)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数组（[…]）</source>
        <translation>an array ([…])</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>对象（{…}）</source>
        <translation>an object ({…})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{label}必须是 6 位行政区划代码（如 330106）（现为 {value}）</source>
        <translation>{label} must be a 6-digit region code, e.g. 330106 (now {value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}必须是一个大写英文字母（如 A）（现为 {value}）</source>
        <translation>{label} must be one capital letter, e.g. A (now {value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}必须是 HH:MM 格式的时刻（如 09:00）（现为 {value}）</source>
        <translation>{label} must be a time as HH:MM, e.g. 09:00 (now {value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}必须是 HH:MM 格式的时刻（如 17:00）（现为 {value}）</source>
        <translation>{label} must be a time as HH:MM, e.g. 17:00 (now {value})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}格式不正确（编码只能包含字母、数字、-、_ 和 .）（现为 {value}）</source>
        <translation>{label} is malformed: a code may contain only letters, digits, -, _ and . (now {value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（文件顶层）</source>
        <translation>(top level of the file)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>该值</source>
        <translation>The value</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{path}：{problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path}：缺少必填字段“{field}”（{label}）</source>
        <translation>{path}: the required field “{field}” ({label}) is missing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}：必要性为 conditional（情形必要）时必须填写适用情形</source>
        <translation>{path}: a condition must be given when the necessity is conditional</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path}：不认识的字段“{field}”（请检查拼写，允许的字段见目录格式说明）</source>
        <translation>{path}: unknown field “{field}” (check the spelling; the catalog format description lists the allowed fields)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{first}或{second}</source>
        <translation>{first} or {second}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label}必须是{wanted}（现为 {value}）</source>
        <translation>{label} must be {wanted} (now {value})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}的取值必须是以下之一：{options}（现为 {value}）</source>
        <translation>{label} must be one of: {options} (now {value})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}必须是不小于 {minimum} 的整数（现为 {value}）</source>
        <translation>{label} must be an integer of at least {minimum} (now {value})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}必须是不大于 {maximum} 的数（现为 {value}）</source>
        <translation>{label} must be a number of at most {maximum} (now {value})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label}至少要有 {minimum} 项（现为 {count} 项）</source>
        <translation>{label} needs at least {minimum} item(s) (now {count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}不能为空</source>
        <translation>{label} must not be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}至少要有 {minimum} 个字符</source>
        <translation>{label} needs at least {minimum} characters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}不能超过 {maximum} 个字符</source>
        <translation>{label} must not be longer than {maximum} characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}不符合格式要求（{detail}）</source>
        <translation>{label} does not match the format ({detail})</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{path}：部门编码“{code}”重复（与 {first} 相同）</source>
        <translation>{path}: department code “{code}” is repeated (same as {first})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path}：事项编码“{code}”重复（与 {first} 相同）</source>
        <translation>{path}: matter code “{code}” is repeated (same as {first})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path}：实施部门“{department}”不在 departments 部门列表中</source>
        <translation>{path}: department “{department}” is not in the departments list</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}：承诺时限（{promised} 个工作日）不能超过法定时限（{legal} 个工作日）</source>
        <translation>{path}: the promised time limit ({promised} working days) cannot exceed the statutory one ({legal} working days)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}：办理情形编码“{code}”在本事项内重复（与 {first} 相同）</source>
        <translation>{path}: situation code “{code}” is repeated within this matter (same as {first})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path}：材料编码“{code}”在本情形内重复（与 {first} 相同）</source>
        <translation>{path}: material code “{code}” is repeated within this situation (same as {first})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path}：业务类别编码“{code}”重复（与 {first} 相同）</source>
        <translation>{path}: category code “{code}” is repeated (same as {first})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}：号码前缀“{prefix}”已被 {first} 使用</source>
        <translation>{path}: number prefix “{prefix}” is already used by {first}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path}：事项编码“{code}”不在 matters 事项列表中</source>
        <translation>{path}: matter code “{code}” is not in the matters list</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path}：结束时间 {end} 必须晚于开始时间 {start}</source>
        <translation>{path}: end time {end} must be later than start time {start}</translation>
    </message>
    <message>
        <location filename="../../app/documents.py" line="+19"/>
        <source>排队小票</source>
        <translation>Ticket slip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理回执</source>
        <translation>Acceptance receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>材料补正通知书</source>
        <translation>Supplement notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>容缺受理承诺书</source>
        <translation>Commitment letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不予受理决定通知书</source>
        <translation>Refusal notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办事指南（一次性告知单）</source>
        <translation>Service guide (one-time notice)</translation>
    </message>
    <message>
        <location filename="../../app/figures/case_figures.py" line="-1"/>
        <location line="+151"/>
        <location filename="../../app/figures/consultations.py" line="-122"/>
        <location filename="../../app/figures/server_source.py" line="-103"/>
        <location line="+3"/>
        <location line="+1"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location line="-151"/>
        <location filename="../../app/figures/planning.py" line="-19"/>
        <location filename="../../app/figures/queue_figures.py" line="-185"/>
        <location filename="../../app/figures/server_source.py" line="-5"/>
        <location line="+1"/>
        <source>业务类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/figures/consultations.py" line="+0"/>
        <location filename="../../app/figures/queue_figures.py" line="+0"/>
        <location filename="../../app/figures/server_source.py" line="-1"/>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+1"/>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/figures/consultations.py" line="+0"/>
        <location filename="../../app/figures/queue_figures.py" line="+1"/>
        <location filename="../../app/figures/server_source.py" line="-5"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>日期</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>申请件数</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/figures/report.py" line="+25"/>
        <location filename="../../app/figures/server_source.py" line="-5"/>
        <location filename="../../app/intake/rules.py" line="+41"/>
        <location filename="../../app/sync/quarantine.py" line="+2"/>
        <source>受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/intake/rules.py" line="+0"/>
        <source>容缺受理</source>
        <translation>Accepted with pending materials</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/figures/server_source.py" line="-14"/>
        <source>补正通知</source>
        <translation>Supplement requests</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/figures/server_source.py" line="+2"/>
        <location filename="../../app/intake/records.py" line="+25"/>
        <location filename="../../app/intake/rules.py" line="+1"/>
        <location filename="../../app/sync/quarantine.py" line="+1"/>
        <source>不予受理</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>受理合计</source>
        <translation>Accepted total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>补正后受理</source>
        <translation>Accepted after supplements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>二次跑动率</source>
        <translation>Repeat-visit rate</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>在办件</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>临期（黄灯）</source>
        <translation>Due soon (amber)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>超期（红灯）</source>
        <translation>Overdue (red)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>超期率</source>
        <translation>Overdue rate</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/intake/records.py" line="-2"/>
        <source>已收件待受理</source>
        <translation>Received, awaiting acceptance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收件超五个工作日</source>
        <translation>Received over 5 working days ago</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>材料</source>
        <translation>Material</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/intake/rules.py" line="-12"/>
        <source>缺少</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/intake/rules.py" line="+0"/>
        <source>不符合要求</source>
        <translation>Does not conform</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>该事项补正通知</source>
        <translation>Supplement requests for the matter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出现比例</source>
        <translation>Share</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>最常见的不符合原因</source>
        <translation>Most common problem</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>受理情况（按{group}）</source>
        <translation>Intake by {group}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>办理时限（截至今日，按{group}）</source>
        <translation>Time limits by {group} (today)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>补正最多的材料</source>
        <translation>Materials most often requested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按决定当天计：受理、容缺受理、补正通知、不予受理各计一次；同一申请补正两次计两次补正通知。二次跑动率 = 本期受理（含容缺）的办件中，受理前收到过补正通知的比例。</source>
        <translation>Counted on the day of the decision: each acceptance, acceptance with pending materials, supplement request and refusal counts once; an application asked for supplements twice counts as two supplement requests. Repeat-visit rate = the share of cases accepted in the period (incl. with pending materials) that had a supplement request before acceptance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>截至今日仍在办（已受理、审批中）的办件：距承诺办结日不足 1 个工作日或已用去承诺时限 80% 为临期，超过承诺办结日为超期。已收件待受理超过五个工作日的，依法视为受理。</source>
        <translation>Cases still open today (accepted or under review): due soon when less than 1 working day is left before the promised date or 80% of the promised time is used; overdue after the promised date. Applications received and not decided for more than five working days count as accepted by law.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本期开出的补正通知书上列出的材料：必要材料缺少，或交来的材料不符合要求。出现比例 = 列出该材料的通知书数 ÷ 该事项本期的补正通知书数。</source>
        <translation>Materials listed on the supplement notices of the period: a required material missing, or a material handed in that does not conform. Share = notices listing the material ÷ the matter&apos;s supplement notices in the period.</translation>
    </message>
    <message>
        <location filename="../../app/figures/export.py" line="+59"/>
        <source>无法写入文件 {path}：{reason}。请换一个文件夹或文件名。</source>
        <translation>Cannot write the file {path}: {reason}. Please choose another folder or file name.</translation>
    </message>
    <message>
        <location filename="../../app/figures/periods.py" line="+29"/>
        <source>日</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>周</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{day:%Y年%m月%d日}</source>
        <translation>{day:%Y-%m-%d}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{year}年{month}月</source>
        <translation>{month}/{year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start:%Y-%m-%d} 至 {end:%Y-%m-%d}</source>
        <translation>{start:%Y-%m-%d} to {end:%Y-%m-%d}</translation>
    </message>
    <message>
        <location filename="../../app/figures/queue_figures.py" line="+1"/>
        <location filename="../../app/figures/server_source.py" line="+114"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>日均</source>
        <translation>Daily average</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>各时段取号人数</source>
        <translation>Numbers taken by hour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“日均”为合计除以有取号的天数（{days} 天）。</source>
        <translation>“Daily average” is the total divided by the days on which numbers were taken ({days} days).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>排队情况（按{group}）</source>
        <translation>Queue by {group}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>等候时间 = 首次叫号时间 − 取号时间（预约号提前到达的，从预约时段开始计）；办理时间为叫号到办结的时长，挂起期间不计；90% 分位数为从短到长排在第 90% 位的数值。</source>
        <translation>Wait = first call − time the number was taken (for appointments that came early, from the start of the slot); service time runs from the call to the end of service, time on hold not counted; the 90% value is the one at 90% in the order from shortest to longest.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/figures/server_source.py" line="-119"/>
        <location filename="../../app/sync/quarantine.py" line="-5"/>
        <source>取号</source>
        <translation>Numbers taken</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/kiosk_rules.py" line="-54"/>
        <location filename="../../app/queue/service.py" line="-719"/>
        <location filename="../../server/hall_queue.py" line="-187"/>
        <source>已办结</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/queue/service.py" line="+1"/>
        <source>过号</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未叫号离开</source>
        <translation>Left before call</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未办结</source>
        <translation>Not served</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>过号率</source>
        <translation>No-show rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>平均等候（分）</source>
        <translation>Avg. wait (min)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>90%等候（分）</source>
        <translation>90% wait (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最长等候（分）</source>
        <translation>Longest wait (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90%办理（分）</source>
        <translation>90% service (min)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name}（{staff_no}）</source>
        <translation>{name} ({staff_no})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（未记录）</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{window_no} 号窗口</source>
        <translation>Window {window_no}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>（未叫号）</source>
        <translation>(not called)</translation>
    </message>
    <message>
        <location filename="../../app/figures/rating_figures.py" line="-19"/>
        <source>一个办件补充评价后只计最新一次；差评经核实为误评、恶意差评的不计入差评率。差评率 = 差评数 ÷（已评价数 − 申诉成立数）；整改按时率 = 按时办结的整改 ÷ 应办结的整改。</source>
        <translation>A case rated again counts only with its latest rating; poor ratings found to be mistaken or malicious are left out of the poor-rating rate. Poor % = poor ratings ÷ (ratings − upheld appeals); on time % = follow-ups closed on time ÷ follow-ups due.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>一个办件补充评价后只计最新一次；差评经核实为误评、恶意差评的不计入差评率。差评率 = 差评数 ÷（已评价数 − 申诉成立数）。</source>
        <translation>A case rated again counts only with its latest rating; poor ratings found to be mistaken or malicious are left out of the poor-rating rate. Poor % = poor ratings ÷ (ratings − upheld appeals).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>差评数</source>
        <translation>Poor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>差评率</source>
        <translation>Poor %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>应办结整改</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按时办结</source>
        <translation>Closed on time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>整改按时率</source>
        <translation>On time %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>好差评（按{group}）</source>
        <translation>Ratings by {group}</translation>
    </message>
    <message>
        <location filename="../../app/figures/report.py" line="+0"/>
        <location filename="../../app/figures/server_source.py" line="+16"/>
        <source>排队</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办理时限</source>
        <translation>Time limits</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/figures/server_source.py" line="+4"/>
        <source>好差评</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/figures/server_source.py" line="-13"/>
        <location line="+14"/>
        <location filename="../../app/sync/quarantine.py" line="+7"/>
        <source>咨询</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location filename="../../app/identity.py" line="+31"/>
        <source>身份证号码</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/intake/applicant.py" line="+130"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/intake/service.py" line="+177"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+23"/>
        <location line="+15"/>
        <location line="+9"/>
        <source>请填写{label}。</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+23"/>
        <source>{label}应为 18 位（现为 {count} 位），请核对。</source>
        <translation>{label} must have 18 characters (it has {count}); please check.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>{label}只能由数字组成，最后一位可以是 X，请核对。</source>
        <translation>{label} may contain only digits, with an X allowed as the last character; please check.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label}中的出生日期（第 7–14 位）不是有效日期，请核对。</source>
        <translation>{label}: the date of birth (characters 7–14) is not a valid date; please check.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}中的出生日期晚于今天，请核对。</source>
        <translation>{label}: the date of birth is after today; please check.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label}校验位（第 18 位）不正确，可能有一位输错，请逐位核对。</source>
        <translation>{label}: the check character (the 18th) is wrong, probably a character was mistyped; please check each one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}格式不正确，请核对。</source>
        <translation>{label} is not in a valid format; please check.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{label}校验位（第 18 位）不正确，请逐位核对营业执照上的代码。</source>
        <translation>{label}: the check character (the 18th) is wrong; please compare each character with the business licence.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}含有不允许的字符（不使用 I、O、Z、S、V），请核对。</source>
        <translation>{label} contains characters that are not allowed (I, O, Z, S and V are not used); please check.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{label}应为 11 位手机号或带区号的固定电话（如 0571-87654321），请核对。</source>
        <translation>{label} must be an 11-digit mobile number or a landline with its area code (e.g. 0571-87654321); please check.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label}过长（最多 50 个字），请核对。</source>
        <translation>{label} is too long (at most 50 characters); please check.</translation>
    </message>
    <message>
        <location filename="../../app/intake/applicant.py" line="-110"/>
        <source>居民身份证</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>港澳居民来往内地通行证</source>
        <translation>HK/Macao mainland travel permit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>台湾居民来往大陆通行证</source>
        <translation>Taiwan mainland travel permit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>护照</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外国人永久居留身份证</source>
        <translation>Foreigner&apos;s permanent residence ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/intake/service.py" line="-4"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/intake/service.py" line="+6"/>
        <source>代办人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>申请人信息有误，请核对：
{problems}</source>
        <translation>Please check the applicant details:
{problems}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{label}的证件类型不正确，请重新选择。</source>
        <translation>{label}: the ID type is not valid; please choose it again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{label}应为 5–20 位字母或数字，请核对证件。</source>
        <translation>{label} must be 5–20 letters or digits; please check the document.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{who}姓名</source>
        <translation>{who} name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who}{id_type}号码</source>
        <translation>{who} ID number ({id_type})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>证件</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{who}联系电话</source>
        <translation>{who} phone</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>单位名称</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/intake/service.py" line="-4"/>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位联系电话</source>
        <translation>Organisation phone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>请选择申请人类型（个人或单位）。</source>
        <translation>Please choose the type of applicant (person or organisation).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>单位申请须由经办人（代办人）办理，请填写代办人信息。</source>
        <translation>An organisation applies through an agent; please fill in the agent&apos;s details.</translation>
    </message>
    <message>
        <location filename="../../app/intake/deadlines.py" line="+25"/>
        <source>{years} 年的节假日安排尚未导入，日期按周一至周五推算，请以实际为准。</source>
        <translation>The holidays of {years} are not imported yet: dates are counted Monday to Friday; please confirm them.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>正常</source>
        <translation>On time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>临期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>已超过五个工作日未受理也未告知补正，依法视为自收到材料之日（{received_on:%Y-%m-%d}）起受理</source>
        <translation>Over 5 working days without acceptance or a supplement notice: by law, deemed accepted from the day the materials were received ({received_on:%Y-%m-%d})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>收件第 {day} 个工作日：请在 {deadline:%Y-%m-%d} 前受理或一次性告知补正</source>
        <translation>Working day {day} since received: accept or issue a one-time supplement notice by {deadline:%Y-%m-%d}</translation>
    </message>
    <message>
        <location filename="../../app/intake/progress.py" line="+44"/>
        <source>{hall_name}统一出件窗口（{pickup}）</source>
        <translation>Result pickup window, {hall_name} ({pickup})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hall_name}统一出件窗口</source>
        <translation>Result pickup window, {hall_name}</translation>
    </message>
    <message>
        <location filename="../../app/intake/records.py" line="+1"/>
        <source>待补正</source>
        <translation>Awaiting supplements</translation>
    </message>
    <message>
        <location filename="../../app/intake/rules.py" line="+0"/>
        <source>已收</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>补正</source>
        <translation>Request supplements</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>不能受理：{reason}</source>
        <translation>Cannot accept: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不能补正：{reason}</source>
        <translation>Cannot request supplements: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不能容缺受理：{reason}</source>
        <translation>Cannot accept with pending materials: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不能不予受理：{reason}</source>
        <translation>Cannot refuse: {reason}</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>还有 {count} 项必要材料缺少或不符合要求。</source>
        <translation>{count} required material(s) still missing or not conforming.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>材料齐全且符合要求，无需补正。</source>
        <translation>All materials are complete and conform: nothing to supplement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>没有缺少的必要材料，请直接受理。</source>
        <translation>No required material is missing: accept directly.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>以下材料不可容缺：{materials}。</source>
        <translation>These materials cannot be pending: {materials}.</translation>
    </message>
    <message>
        <location filename="../../app/protocol.py" line="-2"/>
        <source>办结（准予）</source>
        <translation>Concluded (approved)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结（不予批准）</source>
        <translation>Concluded (rejected)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已出件</source>
        <translation>Result handed over</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/queue/service.py" line="+0"/>
        <source>已作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location filename="../../app/queue/policy.py" line="+34"/>
        <source>按权重轮转 + 超时优先（默认）</source>
        <translation>Weighted rotation + long waits first (default)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>先到先叫（各类别统一按取号时间）</source>
        <translation>First come, first called (all categories by time taken)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>绿色通道</source>
        <translation>Priority lane</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>预约</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>普通</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>叫号 {calls} 次未到视为过号，过号作废，需重新取号。</source>
        <translation>Not present after {calls} calls counts as missed; a missed number is void, please take a new one.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>叫号 {calls} 次未到视为过号，过号后自动重新排到队尾；再次过号作废，需重新取号。</source>
        <translation>Not present after {calls} calls counts as missed and goes back to the end of the queue; missed again, it is void: please take a new number.</translation>
    </message>
    <message>
        <location filename="../../app/ratings/levels.py" line="+39"/>
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>非常不满意</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>未评价</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>等候时间过长</source>
        <translation>Long wait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作人员态度不好</source>
        <translation>Unfriendly staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>材料要求没有一次性告知</source>
        <translation>Not told all at once</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办事流程繁琐</source>
        <translation>Too complicated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理时间过长</source>
        <translation>Slow processing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>需要多次跑腿</source>
        <translation>Had to come back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口服务不规范</source>
        <translation>Poor window service</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>政务大厅平板电脑</source>
        <translation>Service hall pad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>政务大厅其他终端</source>
        <translation>Other service hall terminal</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>评价等级代码 {code} 不是{platform}规定的代码（应为 {codes}）。</source>
        <translation>Rating code {code} is not a code of the {platform} (expected {codes}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>国家标准 GB/T 39046</source>
        <translation>national standard GB/T 39046</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>省级接口（5 = 非常满意）</source>
        <translation>provincial interface (5 = very satisfied)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>评价上报平台 {name} 未知，请在工作站设置中选择：{choices}。</source>
        <translation>Unknown rating platform {name}; please choose one in the station settings: {choices}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>评价等级只能是：{levels}。</source>
        <translation>The rating must be one of: {levels}.</translation>
    </message>
    <message>
        <location filename="../../app/secrets.py" line="+165"/>
        <source>系统密钥环不可用（{reason}）。请解锁密钥环，或在工作站配置中设置 secrets_backend = &quot;file&quot;。</source>
        <translation>The system keyring is not available ({reason}). Unlock the keyring, or set secrets_backend = &quot;file&quot; in the station configuration.</translation>
    </message>
    <message>
        <location filename="../../app/sync/client.py" line="+58"/>
        <source>服务器不支持本客户端的同步协议版本，请联系运维人员升级一窗通客户端。数据都保存在本机，升级后会自动上传，不会丢失。</source>
        <translation>The server does not support this client&apos;s sync protocol version; ask the operations staff to upgrade the Yichuang client. All data is kept on this computer and uploads automatically after the upgrade; nothing is lost.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>TLS 证书校验失败：{error}</source>
        <translation>TLS certificate check failed: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>服务器响应超时</source>
        <translation>The server did not answer in time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无法连接服务器（{error}）</source>
        <translation>Cannot connect to the server ({error})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>服务器暂时不可用（HTTP {status}）</source>
        <translation>The server is temporarily unavailable (HTTP {status})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>网络被拦截或需要认证（HTTP {status}）</source>
        <translation>The network is blocked or needs a sign-in (HTTP {status})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>服务器的应答不完整或不是本系统的应答（可能需要网页认证）</source>
        <translation>The answer is incomplete or not from this system&apos;s server (a web sign-in may be needed)</translation>
    </message>
    <message>
        <location filename="../../app/sync/engine.py" line="+58"/>
        <source>本机时钟比服务器快 {minutes} 分钟，请校准系统时间</source>
        <translation>This computer&apos;s clock is {minutes} minutes ahead of the server; please correct the system time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本机时钟比服务器慢 {minutes} 分钟，请校准系统时间</source>
        <translation>This computer&apos;s clock is {minutes} minutes behind the server; please correct the system time</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>协议版本不受支持</source>
        <translation>protocol version not supported</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>服务器不认可本工作站（{detail}）：请联系运维人员重新发放登记码，并运行 yichuang setup 输入。本机数据不受影响。</source>
        <translation>The server does not recognise this station ({detail}): ask the operations staff for a new enrolment code and enter it with yichuang setup. The data on this computer is not affected.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>服务器拒绝：{detail}</source>
        <translation>Refused by the server: {detail}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>每日备份失败：{error}</source>
        <translation>Daily backup failed: {error}</translation>
    </message>
    <message>
        <location filename="../../app/sync/hall_queue.py" line="+40"/>
        <source>窗口人员未联网登录，无法使用大厅共享队列（请联网重新登录）</source>
        <translation>The clerk is not logged in online, so the hall&apos;s shared queue cannot be used (log in again while online)</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>事件流不可用（HTTP {status}）</source>
        <translation>The event stream is not available (HTTP {status})</translation>
    </message>
    <message>
        <location filename="../../app/sync/pull.py" line="+85"/>
        <location filename="../../app/sync/push.py" line="+169"/>
        <source>服务器的应答格式不正确，稍后重试</source>
        <translation>The server&apos;s answer is malformed; will try again later</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>服务器的变更记录格式不正确，稍后重试</source>
        <translation>The server&apos;s change records are malformed; will try again later</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>事项目录 {version} 未能导入：{problems}</source>
        <translation>Catalog {version} could not be imported: {problems}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>预约 {appt_id} 的预约码与本机已有预约重复，未导入</source>
        <translation>Appointment {appt_id} has the same code as an appointment already on this computer; not imported</translation>
    </message>
    <message>
        <location filename="../../app/sync/push.py" line="-4"/>
        <source>服务器的应答与所发记录不符，稍后重试</source>
        <translation>The server&apos;s answer does not match the records sent; will try again later</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>服务器的应答顺序与所发记录不符，稍后重试</source>
        <translation>The server&apos;s answer is not in the order of the records sent; will try again later</translation>
    </message>
    <message>
        <location filename="../../app/sync/quarantine.py" line="-6"/>
        <source>叫号记录</source>
        <translation>Call record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>补正告知</source>
        <translation>Supplement notice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>办件环节</source>
        <translation>Case step</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>评价</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>差评整改</source>
        <translation>Poor-rating follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作记录</source>
        <translation>Audit record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>与服务器已有记录冲突</source>
        <translation>Conflicts with a record the server already has</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>服务器认为记录有误</source>
        <translation>The server considers the record invalid</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{reason}：{detail}</source>
        <translation>{reason}: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/sync/reconcile.py" line="+67"/>
        <source>{kind}记录：本机已发送 {sent} 条，服务器存有 {held} 条，缺少 {missing} 条，已重新发送</source>
        <translation>{kind} records: {sent} sent from this computer, {held} held by the server, {missing} missing and sent again</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{kind}记录：本机已发送 {sent} 条，服务器存有 {held} 条</source>
        <translation>{kind} records: {sent} sent from this computer, {held} held by the server</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>服务器的核对应答格式不正确，稍后重试</source>
        <translation>The server&apos;s reconciliation answer is malformed; will try again later</translation>
    </message>
    <message>
        <location filename="../../server/hall_queue.py" line="+1"/>
        <source>已过号作废</source>
        <translation>No-show, closed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>排队号 {ticket_no} 当前{state}，不能叫号</source>
        <translation>Number {ticket_no} cannot be called (status: {state})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>排队号 {ticket_no} 当前{state}，不能转移</source>
        <translation>Number {ticket_no} cannot be transferred (status: {state})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>排队号 {ticket_no} 当前{state}，不能重呼</source>
        <translation>Number {ticket_no} cannot be called again (status: {state})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>排队号 {ticket_no} 当前{state}，不能过号</source>
        <translation>Number {ticket_no} cannot be marked as a no-show (status: {state})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>排队号 {ticket_no} 当前{state}，不能办结</source>
        <translation>Number {ticket_no} cannot be finished (status: {state})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>排队号 {ticket_no} 当前{state}，不能挂起</source>
        <translation>Number {ticket_no} cannot be put on hold (status: {state})</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+10"/>
        <source>事项目录中没有业务类别 {category}</source>
        <translation>The catalog has no service category {category}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>服务器尚未导入事项目录，请在请求中给出号码前缀（prefix）</source>
        <translation>The server has no catalog yet; give the number prefix (prefix) in the request</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>您的预约日期是 {day}，请在预约当天签到。</source>
        <translation>Your appointment is on {day}. Please check in on that day.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>您的预约时段为 {start}–{end}，请于 {opens} 后签到。</source>
        <translation>Your appointment is {start}–{end}. Please check in after {opens}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>该预约已取消，如需办理请重新预约或直接取号。</source>
        <translation>This appointment was cancelled. Please book again or take a number.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>该预约已签到（排队号 {ticket_no}），无需重复签到。</source>
        <translation>This appointment is already checked in (number {ticket_no}); no need to check in again.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>排队号已被其他窗口叫走，请重新叫号</source>
        <translation>Another window has called that number; please call again</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{ticket_no} 正在本窗口办理</source>
        <translation>{ticket_no} is being served at this window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{ticket_no} 已被 {window_no} 号窗口叫走</source>
        <translation>{ticket_no} has been called by window {window_no}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{ticket_no} 已被 {window_no} 号窗口挂起</source>
        <translation>{ticket_no} is on hold at window {window_no}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{ticket_no} 已转到 {window_no} 号窗口</source>
        <translation>{ticket_no} was transferred to window {window_no}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{ticket_no} 正在 {window_no} 号窗口办理，本窗口不能挂起</source>
        <translation>{ticket_no} is being served at window {window_no}; this window cannot put it on hold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{ticket_no} 正在 {window_no} 号窗口办理，本窗口不能重呼</source>
        <translation>{ticket_no} is being served at window {window_no}; this window cannot call it again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{ticket_no} 正在 {window_no} 号窗口办理，本窗口不能过号</source>
        <translation>{ticket_no} is being served at window {window_no}; this window cannot mark it as a no-show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{ticket_no} 正在 {window_no} 号窗口办理，本窗口不能办结</source>
        <translation>{ticket_no} is being served at window {window_no}; this window cannot finish it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{ticket_no} 正在 {window_no} 号窗口办理，本窗口不能转移</source>
        <translation>{ticket_no} is being served at window {window_no}; this window cannot transfer it</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>转移须指定目标业务类别（to_category）或目标窗口（to_window）</source>
        <translation>A transfer needs a target category (to_category) or window (to_window)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不能转到本窗口</source>
        <translation>Cannot transfer to this window</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{ticket_no} 不是本窗口挂起的号</source>
        <translation>{ticket_no} is not on hold at this window</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>请先办结或挂起当前号 {ticket_no}，再恢复挂起的号</source>
        <translation>Finish or hold the current number {ticket_no} first, then resume the held one</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>没有这张排队号</source>
        <translation>No such queue number</translation>
    </message>
    <message>
        <location filename="../../server/routes/auth_routes.py" line="+46"/>
        <source>密码错误次数过多，请 {minutes} 分钟后再试</source>
        <translation>Too many wrong passwords; please try again in {minutes} minutes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>该工作人员不属于本大厅，不能在此工作站登录</source>
        <translation>This staff member does not belong to this hall and cannot log in at this station</translation>
    </message>
    <message>
        <location filename="../../server/routes/queue.py" line="+155"/>
        <source>未知操作 {action}</source>
        <translation>Unknown action {action}</translation>
    </message>
    <message>
        <location filename="../../server/routes/stations.py" line="+26"/>
        <location line="+2"/>
        <source>工作站编码或登记码无效，或登记码已使用</source>
        <translation>The station code or enrolment code is not valid, or the code has been used</translation>
    </message>
</context>
<context>
    <name>AppLabels</name>
    <message>
        <location filename="../../ui/models/labels.py" line="+17"/>
        <source>原件</source>
        <translation>Original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复印件</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原件及复印件</source>
        <translation>Original + copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>纸质</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电子</source>
        <translation>Electronic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>纸质或电子</source>
        <translation>Paper or electronic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>必要</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>非必要</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>情形必要</source>
        <translation>Conditional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请人自备</source>
        <translation>Brought by the applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>政府部门核发</source>
        <translation>Issued by a government agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他机构出具</source>
        <translation>Issued by another institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口领取/网上下载</source>
        <translation>From the window / download online</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已收</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缺少</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不符合要求</source>
        <translation>Does not conform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>补正</source>
        <translation>Request supplements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>容缺受理</source>
        <translation>Accept with pending materials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不予受理</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已收件待受理</source>
        <translation>Received, awaiting acceptance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待补正</source>
        <translation>Awaiting supplements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审批中</source>
        <translation>Under review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结（准予）</source>
        <translation>Concluded (approved)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结（不予批准）</source>
        <translation>Concluded (rejected)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待领取</source>
        <translation>Ready for pickup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已出件</source>
        <translation>Result handed over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>正常</source>
        <translation>On time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>临期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待受理 / 待补正</source>
        <translation>To accept / awaiting supplements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>需关注（临期、超期、五日时限）</source>
        <translation>Needs attention (due soon, overdue, 5-day limit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待出件</source>
        <translation>Result to hand over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已结束</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代办人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代办人证件</source>
        <translation>Agent&apos;s ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>排队小票</source>
        <translation>Ticket slip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理回执</source>
        <translation>Acceptance receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>材料补正通知书</source>
        <translation>Supplement notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>容缺受理承诺书</source>
        <translation>Commitment letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不予受理决定通知书</source>
        <translation>Refusal notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办事指南（一次性告知单）</source>
        <translation>Service guide (one-time notice)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>居民身份证</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>港澳居民来往内地通行证</source>
        <translation>HK/Macao mainland travel permit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>台湾居民来往大陆通行证</source>
        <translation>Taiwan mainland travel permit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>护照</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外国人永久居留身份证</source>
        <translation>Foreigner&apos;s permanent residence ID</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>请 {ticket} 号到 {window} 号窗口办理</source>
        <translation>{ticket}, please go to window {window}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>叫号 {calls} 次未到视为过号，过号作废，需重新取号。</source>
        <translation>Not present after {calls} calls counts as missed; a missed number is void, please take a new one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>叫号 {calls} 次未到视为过号，过号后自动重新排到队尾；再次过号作废，需重新取号。</source>
        <translation>Not present after {calls} calls counts as missed and goes back to the end of the queue; missed again, it is void: please take a new number.</translation>
    </message>
</context>
<context>
    <name>ApplicantForm</name>
    <message>
        <location filename="../../ui/intake/applicant_form.py" line="+79"/>
        <source>{who}姓名</source>
        <translation>{who} name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>证件号码（可用扫描枪）</source>
        <translation>ID number (scanner works)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>手机号或固定电话</source>
        <translation>Mobile or landline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>申请人信息</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>个人</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位（企业、组织）</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>单位全称，与营业执照一致</source>
        <translation>Full name, as on the business licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>18 位统一社会信用代码（可用扫描枪）</source>
        <translation>18-character unified social credit code (scanner works)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法定代表人（负责人）姓名</source>
        <translation>Name of the legal representative (person in charge)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位联系电话</source>
        <translation>Organisation phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位名称</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>委托代办人办理</source>
        <translation>Submitted by an agent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>代办人</source>
        <translation>Agent</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <location filename="../../ui/board/window.py" line="+89"/>
        <source>一窗通 · 叫号屏 — {hall}</source>
        <translation>Yichuang · Call board — {hall}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{hall} · 叫号信息</source>
        <translation>{hall} · Now calling</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>请留意叫号</source>
        <translation>Please watch for your number</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>各窗口当前叫号</source>
        <translation>Now serving at each window</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>最近叫号</source>
        <translation>Recent calls</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>请保管好您的排队小票。</source>
        <translation>Please keep your ticket slip. </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{time}  {ticket} → {window} 号窗口</source>
        <translation>{time}  {ticket} → window {window}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（重呼）</source>
        <translation> (recall)</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../ui/intake/models.py" line="+201"/>
        <source>时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理情形</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收件日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>承诺办结</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>收件第{day}日</source>
        <translation>Day {day} since received</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>容缺材料 {date} 前补交</source>
        <translation>Pending materials due by {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（未受理）</source>
        <translation>(not accepted)</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../ui/intake/cases.py" line="+56"/>
        <source>搜索：办件编号、事项、申请人姓名或完整证件号码</source>
        <translation>Search: case no., matter, applicant name or full ID number</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>显示：</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>预览 / 重新打印</source>
        <translation>Preview / reprint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>继续办理</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登记补交的容缺材料</source>
        <translation>Record pending materials supplied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>出件（领取结果）</source>
        <translation>Hand over the result</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>设置状态（大厅管理）</source>
        <translation>Set status (hall manager)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>办件信息</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>办理过程（谁、何时、做了什么）</source>
        <translation>History (who, when, what)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>文书（双击预览、重新打印）</source>
        <translation>Documents (double-click to preview or reprint)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>待补交的容缺材料（勾选后登记）</source>
        <translation>Pending materials (tick, then record)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>共 {count} 件</source>
        <translation>{count} in total</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>在上方列表中选择办件</source>
        <translation>Select a case in the list above</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{time}&#x3000;{name}（{staff_no}）&#x3000;{text}</source>
        <translation>{time}  {name} ({staff_no})  {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title} {doc_no}&#x3000;{time}</source>
        <translation>{title} {doc_no}  {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（未打印）</source>
        <translation> (not printed)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>办件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（尚未受理）</source>
        <translation>(not accepted yet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{matter}（{situation}）</source>
        <translation>{matter} ({situation})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收件日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>受理日期</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>承诺办结</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>补正期限</source>
        <translation>Supplements due by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>容缺材料补交期限</source>
        <translation>Pending materials due by</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>不予受理理由</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法律依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已收材料</source>
        <translation>Materials received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{received} / {total} 项</source>
        <translation>{received} of {total}</translation>
    </message>
</context>
<context>
    <name>CatalogBrowser</name>
    <message>
        <location filename="../../ui/clerk/catalog_browser.py" line="+176"/>
        <source>搜索事项：名称 / 拼音首字母 / 全拼 / 编码（Ctrl+F）</source>
        <translation>Search matters: name / pinyin initials / full pinyin / code (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>找到 {count} 个事项</source>
        <translation>{count} matters found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有找到匹配的事项，请换个说法或拼音首字母</source>
        <translation>No matching matter: try other words or the pinyin initials</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全部 {count} 个事项</source>
        <translation>All {count} matters</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <location filename="../../ui/kiosk/screens.py" line="+313"/>
        <source>预约签到：请输入 6 位预约码</source>
        <translation>Appointment check-in: enter your 6-digit code</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>预约码</source>
        <translation>Appointment code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正在为您签到，请稍候……</source>
        <translation>Checking you in, please wait…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>返回首页</source>
        <translation>Back to start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>签到</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>预约码为 6 位数字，请核对后输入。</source>
        <translation>The appointment code has 6 digits. Please check it and type it again.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>预约签到。请在数字键上输入您的六位预约码，然后按签到。</source>
        <translation>Appointment check-in. Type your six-digit appointment code on the number keys, then press Check in.</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../ui/intake/models.py" line="-226"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>材料名称</source>
        <translation>Material</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>必要性</source>
        <translation>Necessity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>容缺</source>
        <translation>Pending OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>适用</source>
        <translation>Applies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收取情况</source>
        <translation>Received?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原件/复印件</source>
        <translation>Original/copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>问题原因（可选或输入）</source>
        <translation>Problem (pick or type)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>受理标准：{standard}</source>
        <translation>Acceptance standard: {standard}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>适用情形：{condition}</source>
        <translation>Applies when: {condition}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name}（{condition}）</source>
        <translation>{name} ({condition})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>可容缺</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>未提交</source>
        <translation>Not handed in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择原因</source>
        <translation>Pick a reason</translation>
    </message>
</context>
<context>
    <name>ClerkWindow</name>
    <message>
        <location filename="../../ui/clerk/window.py" line="+28"/>
        <source>一窗通 · 窗口端 — {hall}</source>
        <translation>Yichuang · Counter — {hall}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>事项查询</source>
        <translation>Matters</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{title}（{shortcut}）</source>
        <translation>{title} ({shortcut})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>服务</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>系统(&amp;X)</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注销(&amp;L)</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/intake/install.py" line="+21"/>
        <source>一窗受理</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办件</source>
        <translation>Cases</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <location filename="../../ui/setup/wizard.py" line="+66"/>
        <source>本工作站如何工作</source>
        <translation>How this station works</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单机运行时所有业务保存在本机；连接中心服务器后，叫号、办件和评价会同步到服务器。</source>
        <translation>Standalone, all work is kept on this PC; connected to the central server, calls, cases and ratings are synchronised with it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单机运行（不连接服务器）</source>
        <translation>Standalone (no server)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>连接中心服务器</source>
        <translation>Connect to the central server</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>例如 https://zwfw.example.gov.cn</source>
        <translation>e.g. https://zwfw.example.gov.cn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>例如 H0101</source>
        <translation>e.g. H0101</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已登记，留空则保持不变</source>
        <translation>Already enrolled: leave empty to keep it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在服务器登记本工作站后由管理员提供</source>
        <translation>Given by the administrator after registering this station on the server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>服务器地址(&amp;U)</source>
        <translation>Server &amp;URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作站编码(&amp;S)</source>
        <translation>&amp;Station code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一次性登记码(&amp;C)</source>
        <translation>One-time enrolment &amp;code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作站编码和一次性登记码由中心服务器管理员登记本工作站时提供（yichuang-server add-station）。</source>
        <translation>The station code and the one-time enrolment code come from the server administrator, who registers this station (yichuang-server add-station).</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <location filename="../../ui/figures/consultation_dialog.py" line="+26"/>
        <source>（不涉及具体事项，在下方填写咨询内容）</source>
        <translation>(No specific matter; describe the question below)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>咨询登记（首问负责）</source>
        <translation>Record a consultation (first-contact responsibility)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>例如：社保卡补办地点</source>
        <translation>e.g. where to replace a social security card</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>简要记录答复内容（{count} 字以内）</source>
        <translation>Brief record of the answer (up to {count} characters)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已转交（首问负责：写明转交给谁）</source>
        <translation>Handed on (first-contact responsibility: say to whom)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>部门或窗口，例如：不动产登记窗口（12 号）</source>
        <translation>Department or window, e.g. real estate registration (window 12)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>保存后请群众在评价器上评价</source>
        <translation>After saving, ask the citizen to rate on the rating pad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>咨询事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>咨询内容</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答复</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>转交给</source>
        <translation>Handed to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>请写明转交给哪个部门或窗口。</source>
        <translation>Please say which department or window it was handed to.</translation>
    </message>
</context>
<context>
    <name>DeliverDialog</name>
    <message>
        <location filename="../../ui/intake/dialogs.py" line="+127"/>
        <source>出件 — {case_no}</source>
        <translation>Hand over the result — {case_no}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请人本人（或登记的代办人）领取</source>
        <translation>Collected by the applicant (or the registered agent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受托人领取（须出示授权委托书）</source>
        <translation>Collected by an authorised person (power of attorney required)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>受托人姓名</source>
        <translation>Authorised person&apos;s name</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>领取人证件号码（可用扫描枪）</source>
        <translation>Collector&apos;s ID number (scanner works)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>核验并出件</source>
        <translation>Verify and hand over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FigureColumn</name>
    <message>
        <location filename="../../ui/figures/labels.py" line="+44"/>
        <source>申请件数</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>容缺受理</source>
        <translation>Accepted, pending materials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>补正通知</source>
        <translation>Supplement requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不予受理</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理合计</source>
        <translation>Accepted total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>补正后受理</source>
        <translation>Accepted after supplements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>二次跑动率</source>
        <translation>Repeat-visit rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在办件</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>临期（黄灯）</source>
        <translation>Due soon (amber)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>超期（红灯）</source>
        <translation>Overdue (red)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>超期率</source>
        <translation>Overdue rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已收件待受理</source>
        <translation>Received, not accepted yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收件超五个工作日</source>
        <translation>Received over 5 working days ago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>材料</source>
        <translation>Material</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缺少</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不符合要求</source>
        <translation>Not conforming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>该事项补正通知</source>
        <translation>Supplement requests for the matter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出现比例</source>
        <translation>Share</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最常见的不符合原因</source>
        <translation>Most common problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>咨询次数</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转交</source>
        <translation>Handed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转交比例</source>
        <translation>Handed-on share</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已评价</source>
        <translation>Rated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>差评</source>
        <translation>Poor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>业务类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时段</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>到达（人/日）</source>
        <translation>Arrivals (per day)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>到达率（人/小时）</source>
        <translation>Arrival rate (per hour)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>平均办理（分）</source>
        <translation>Avg. service (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作量（窗口）</source>
        <translation>Workload (windows)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>建议窗口数</source>
        <translation>Windows advised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口忙碌率</source>
        <translation>Window utilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>需等候比例</source>
        <translation>Share who wait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>目标内叫号比例</source>
        <translation>Called within target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预计平均等候（分）</source>
        <translation>Expected avg. wait (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预计90%等候（分）</source>
        <translation>Expected 90% wait (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>少一个窗口时目标内比例</source>
        <translation>Within target with one window fewer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日均</source>
        <translation>Daily average</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取号</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已办结</source>
        <translation>Served</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>过号</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未叫号离开</source>
        <translation>Left before call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未办结</source>
        <translation>Not served</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>过号率</source>
        <translation>No-show rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>平均等候（分）</source>
        <translation>Avg. wait (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90%等候（分）</source>
        <translation>90% wait (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最长等候（分）</source>
        <translation>Longest wait (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90%办理（分）</source>
        <translation>90% service (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>差评数</source>
        <translation>Poor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>差评率</source>
        <translation>Poor %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应办结整改</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按时办结</source>
        <translation>Closed on time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整改按时率</source>
        <translation>On time %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录类型</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>条数</source>
        <translation>Count</translation>
    </message>
</context>
<context>
    <name>FigureGrouping</name>
    <message>
        <location line="-85"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>业务类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口人员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期</source>
        <translation>Day</translation>
    </message>
</context>
<context>
    <name>FigureSection</name>
    <message>
        <location line="+3"/>
        <source>排队</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理时限</source>
        <translation>Time limits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>好差评</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>咨询</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>补正材料</source>
        <translation>Supplements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上报记录</source>
        <translation>Uploaded records</translation>
    </message>
</context>
<context>
    <name>FiguresClerkHook</name>
    <message>
        <location filename="../../ui/figures/clerk_hook.py" line="+25"/>
        <source>咨询已登记，已请群众在评价器上评价。</source>
        <translation>Consultation recorded; the citizen has been asked to rate it on the rating pad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>咨询已登记。</source>
        <translation>Consultation recorded.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>咨询登记（F9）</source>
        <translation>Consultation (F9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记一次咨询（首问负责），并请群众评价</source>
        <translation>Record a consultation (first-contact responsibility) and ask the citizen to rate it</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>大厅统计</source>
        <translation>Hall figures</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <location filename="../../ui/figures/page.py" line="+102"/>
        <source>补正材料</source>
        <translation>Supplements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>各时段</source>
        <translation>By hour</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>图表</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>窗口测算</source>
        <translation>Window planning</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>全大厅（服务器）</source>
        <translation>Whole hall (server)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>按{period}</source>
        <translation>By {period}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>◀ 上一期</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一期 ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出本表…</source>
        <translation>Export this table…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部导出 Excel…</source>
        <translation>Export all to Excel…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>{period}&#x3000;取号 {taken} 人，已办结 {served} 人，平均等候 {wait} 分钟</source>
        <translation>{period}  Numbers taken: {taken}, served: {served}, average wait {wait} min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{period}&#x3000;取号 {taken} 人，已办结 {served} 人</source>
        <translation>{period}  Numbers taken: {taken}, served: {served}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>当前页没有可导出的表格：请先选择一个表格页（图表页请导出对应的表格）。</source>
        <translation>This page has no table to export: choose a table tab first (for charts, export the matching table).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>请先选择统计期间。</source>
        <translation>Please choose a period first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{hall}&#x3000;{period}</source>
        <translation>{hall}  {period}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>统计</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出本表</source>
        <translation>Export this table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>大厅统计_{period}.xlsx</source>
        <translation>hall-figures_{period}.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部导出</source>
        <translation>Export all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../ui/ratings/figures_page.py" line="+167"/>
        <source>已导出 {path}</source>
        <translation>Exported {path}</translation>
    </message>
    <message>
        <location filename="../../ui/ratings/figures_page.py" line="-72"/>
        <source>按{group}</source>
        <translation>By {group}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>统计</source>
        <comment>button: count the ratings</comment>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出 CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>结束日期不能早于开始日期。</source>
        <translation>The end date cannot be before the start date.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>所选期间没有评价记录。</source>
        <translation>No ratings in the selected period.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>满意度统计_{start}-{end}.csv</source>
        <translation>satisfaction_{start}-{end}.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出满意度统计</source>
        <translation>Export satisfaction figures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>无法写入文件 {path}：{reason}。请换一个位置。</source>
        <translation>Cannot write the file {path}: {reason}. Please choose another location.</translation>
    </message>
</context>
<context>
    <name>FiguresTableModel</name>
    <message>
        <location line="-110"/>
        <source>{window} 号窗口</source>
        <translation>Window {window}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>（自助终端）</source>
        <translation>(kiosk)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>窗口服务</source>
        <translation>Window service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}（{staff_no}）</source>
        <translation>{name} ({staff_no})</translation>
    </message>
</context>
<context>
    <name>FollowupAction</name>
    <message>
        <location filename="../../ui/ratings/labels.py" line="+44"/>
        <source>核实属实，整改</source>
        <translation>Rectify</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>核实后解释说明</source>
        <translation>Explain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申诉复核（误评、恶意差评）</source>
        <translation>Appeal (unfair rating)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已回访</source>
        <translation>Called back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申诉成立，差评不计入</source>
        <translation>Uphold appeal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申诉不成立，继续整改</source>
        <translation>Reject appeal</translation>
    </message>
</context>
<context>
    <name>FollowupDetail</name>
    <message>
        <location filename="../../ui/ratings/followup_page.py" line="+50"/>
        <location line="+30"/>
        <source>请在左侧列表中选择一条差评。</source>
        <translation>Select a poor rating in the list on the left.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>处理说明：核实情况、整改措施、解释内容或回访结果（必填）</source>
        <translation>Note: findings, corrective action, explanation or call-back result (required)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>查看回访电话</source>
        <translation>Show call-back phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>显示评价人的完整电话以便回访；每次查看都会记入审计日志</source>
        <translation>Shows the rater&apos;s full phone number for the call-back; every view is recorded in the audit log</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>处理记录：</source>
        <translation>History:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>评价人：{name}
回访电话：{phone}</source>
        <translation>Rater: {name}
Call-back phone: {phone}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未留姓名</source>
        <translation>no name given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访电话</source>
        <translation>Call-back phone</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{state}（已超期）</source>
        <translation>{state} (overdue)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{opened} 起，{left}（{deadline} 前核实、整改、回访）</source>
        <translation>From {opened}, {left} (verify, rectify and call back by {deadline})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{level}，{at}，{channel}</source>
        <translation>{level}, {at}, {channel}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+42"/>
        <source>{name}（{staff_no}）</source>
        <translation>{name} ({staff_no})</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>{no} 号窗口 {clerk}</source>
        <translation>Window {no} {clerk}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>办件 {case_no}</source>
        <translation>case {case_no}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>排队号 {ticket_no}</source>
        <translation>ticket {ticket_no}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&#x3000;电话 {phone}</source>
        <translation>, phone {phone}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>同意回访</source>
        <translation>agrees to a call-back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未同意回访</source>
        <translation>no call-back wanted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rater}{phone}&#x3000;{consent}&#x3000;{callback}</source>
        <translation>{rater}{phone}; {consent}; {callback}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评价</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理人</source>
        <translation>Served by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原因与意见</source>
        <translation>Reasons and comments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评价人</source>
        <translation>Rater</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>：{note}</source>
        <translation>: {note}</translation>
    </message>
</context>
<context>
    <name>FollowupPage</name>
    <message>
        <location line="+15"/>
        <source>只看未办结</source>
        <translation>Open only</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>未办结差评 {count} 条，其中已超期 {overdue} 条&#x3000;|&#x3000;{rate}</source>
        <translation>Open poor ratings: {count}, overdue: {overdue}  |  {rate}</translation>
    </message>
</context>
<context>
    <name>FollowupState</name>
    <message>
        <location filename="../../ui/ratings/labels.py" line="-14"/>
        <source>待核实</source>
        <translation>To verify</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整改中</source>
        <translation>Rectifying</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>解释说明</source>
        <translation>Explained</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已回访</source>
        <translation>Called back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申诉复核</source>
        <translation>Under appeal</translation>
    </message>
</context>
<context>
    <name>FollowupTableModel</name>
    <message>
        <location filename="../../ui/ratings/followup_model.py" line="+16"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办理时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评价</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>评价时间</source>
        <translation>Rated at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>工作人员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项 / 办件</source>
        <translation>Matter / case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>原因与意见</source>
        <translation>Reasons and comments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评价人</source>
        <translation>Rater</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>回访</source>
        <translation>Call-back</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{date} 已超期 {days} 个工作日</source>
        <translation>{date}, overdue by {days} working day(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{date} 剩 {days} 个工作日</source>
        <translation>{date}, {days} working day(s) left</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已回访</source>
        <translation>Called back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>须回访</source>
        <translation>Call-back required</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>同意回访，但未留电话</source>
        <translation>Agreed to a call-back but left no phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>匿名，不需回访</source>
        <translation>Anonymous, no call-back</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>自助终端</source>
        <translation>Self-service kiosk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}（{staff_no}）</source>
        <translation>{name} ({staff_no})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>窗口服务</source>
        <translation>Window service</translation>
    </message>
</context>
<context>
    <name>GuideDetail</name>
    <message>
        <location filename="../../ui/kiosk_guide/guide_detail.py" line="+17"/>
        <source>原件</source>
        <translation>Original</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>复印件</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原件及复印件</source>
        <translation>Original and copy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>纸质</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电子</source>
        <translation>Electronic</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>纸质或电子</source>
        <translation>Paper or electronic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>必要</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>非必要</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>情形必要</source>
        <translation>Required in some cases</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>申请人自备</source>
        <translation>Brought by the applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>政府部门核发</source>
        <translation>Issued by a government agency</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>其他机构出具</source>
        <translation>Issued by another institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口领取/网上下载</source>
        <translation>Available at the window / online</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>不收费</source>
        <translation>Free of charge</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>即办</source>
        <translation>same day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{days}个工作日</source>
        <translation>{days} working day(s)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>需要准备的材料（共 {count} 项）</source>
        <translation>Materials to bring ({count} in all)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>办理情形</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{name}：{description}</source>
        <translation>{name}: {description}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>受理条件</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>无特殊条件。</source>
        <translation>No special conditions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收费</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>承诺 {promised}（法定 {legal}）</source>
        <translation>Promised: {promised} (legal limit: {legal})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>到哪里办</source>
        <translation>Where to apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理结果及领取</source>
        <translation>Result and collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>实施部门</source>
        <translation>Department</translation>
    </message>
</context>
<context>
    <name>HallCharts</name>
    <message>
        <location filename="../../ui/figures/charts.py" line="+57"/>
        <source>各时段取号人数（日均，{days} 天）</source>
        <translation>Numbers taken per hour (daily average over {days} day(s))</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{hour}时</source>
        <translation>{hour}:00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>人</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>平均等候</source>
        <translation>Average wait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90% 的人等候不超过</source>
        <translation>90% waited at most</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>各业务类别等候时间（分钟）</source>
        <translation>Waiting time by category (minutes)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>分钟</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>差评率 %</source>
        <translation>Poor ratings %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>每日评价</source>
        <translation>Ratings per day</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>评价数</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>差评率</source>
        <translation>Poor ratings</translation>
    </message>
</context>
<context>
    <name>HallPage</name>
    <message>
        <location filename="../../ui/setup/wizard.py" line="+35"/>
        <source>大厅与窗口</source>
        <translation>Hall and window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印在回执、通知书上的大厅名称和文书编号用的机关简称。</source>
        <translation>The hall name printed on receipts and notices, and the office abbreviation used in document numbers.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>大厅名称(&amp;H)</source>
        <translation>&amp;Hall name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>机关简称(&amp;A)</source>
        <translation>Office &amp;abbreviation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>行政区划代码(&amp;R)</source>
        <translation>&amp;Region code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口号(&amp;W)</source>
        <translation>&amp;Window no.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>请填写大厅名称，例如 西湖区市民之家。</source>
        <translation>Enter the hall name, e.g. Xihu District Citizen Service Centre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写机关简称，用于文书编号，例如 西湖政务。</source>
        <translation>Enter the office abbreviation used in document numbers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>行政区划代码应为 6 位数字，例如 330106。</source>
        <translation>The region code has 6 digits, e.g. 330106.</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../../ui/kiosk_guide/common.py" line="+110"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>朗读</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>返回首页</source>
        <translation>Home</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../ui/kiosk/screens.py" line="-294"/>
        <source>您好！请选择要办理的事项</source>
        <translation>Welcome! Please choose what you need</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>欢迎来到{hall}。请选择要办理的事项：{names}。</source>
        <translation>Welcome to {hall}. Please choose what you need: {names}.</translation>
    </message>
</context>
<context>
    <name>IntakeWorkspace</name>
    <message>
        <location filename="../../ui/intake/workspace.py" line="+113"/>
        <source>扫描补正通知书条码或受理通知书条码，或输入办件编号后回车（Ctrl+K）</source>
        <translation>Scan a supplement notice or acceptance receipt barcode, or type a case no. and press Enter (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>新办件（Ctrl+N）</source>
        <translation>New application (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>扫码继续办理：</source>
        <translation>Scan to continue:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>事项：名称 / 拼音首字母 / 编码（Ctrl+F）</source>
        <translation>Matter: name / pinyin initials / code (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>搜索结果</source>
        <translation>Results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最近使用</source>
        <translation>Recent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>我的收藏</source>
        <translation>Favourites</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+147"/>
        <location line="+37"/>
        <source>☆ 收藏</source>
        <translation>☆ Favourite</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>只显示待补正的材料</source>
        <translation>Only materials still to supply</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>空格：已收 / 缺少&#x3000;N：不符合要求并选原因&#x3000;双击：改原件/复印件、份数、原因</source>
        <translation>Space: received / missing   N: does not conform, pick a reason   Double-click: edit original/copy, copies, reason</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{decision}（{shortcut}）</source>
        <translation>{decision}
({shortcut})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>收件暂存（Ctrl+S）</source>
        <translation>Receive and hold
(Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>材料已收下、稍后决定：须在五个工作日内受理或一次性告知补正</source>
        <translation>Materials received, decide later: accept or issue a one-time supplement notice within 5 working days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印一次性告知单（Ctrl+G）</source>
        <translation>Print one-time notice
(Ctrl+G)</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+37"/>
        <source>★ 已收藏</source>
        <translation>★ Favourite</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>在左侧搜索事项（如 gtgsh），或扫描补正通知书条码继续办理</source>
        <translation>Search for a matter on the left (e.g. gtgsh), or scan a supplement notice to continue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>即办</source>
        <translation>On the spot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{days} 个工作日</source>
        <translation>{days} working days</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code}&#x3000;承诺时限：{limit}，今日受理应于 {date} 前办结</source>
        <translation>{code}  Promised time limit: {limit}; accepted today, due by {date}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>继续办理：补正通知 {code}（收件日期 {date}）。</source>
        <translation>Continuing supplement notice {code} (received {date}). </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>继续办理（收件日期 {date}）。</source>
        <translation>Continuing (received {date}). </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下表只列出待补正的 {count} 项材料，已收材料和申请人信息无需重新录入。</source>
        <translation>Only the {count} material(s) still owed are listed; materials received and applicant details need no re-entry.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>必要材料 {needed} 项：已收 {received} 项，缺少或不符合 {gaps} 项</source>
        <translation>Required materials: {needed}; received {received}, missing or not conforming {gaps}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{decision}：{reason}</source>
        <translation>{decision}: {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>未找到 {code}：请核对条码，或在办件列表中搜索。</source>
        <translation>{code} not found: check the barcode, or search the case list.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已打开办件详情。</source>
        <translation>Case details opened.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>已调出 {code}，请核对补交的材料。</source>
        <translation>{code} loaded: check the materials brought.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>申请</source>
        <translation>the application</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已一次性告知补正</source>
        <translation>One-time supplement notice issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已不予受理</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{outcome}：{reference}（{doc_no}）</source>
        <translation>{outcome}: {reference} ({doc_no})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已收件暂存：请在五个工作日内受理或一次性告知补正，可在办件列表中继续办理。</source>
        <translation>Received and held: accept or issue a one-time supplement notice within 5 working days; continue from the case list.</translation>
    </message>
</context>
<context>
    <name>KioskGuidePage</name>
    <message>
        <location filename="../../ui/kiosk_guide/guide_page.py" line="+35"/>
        <source>输入事项名称或拼音首字母，例如 gtgsh</source>
        <translation>Name or initials, e.g. gtgsh</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+139"/>
        <source>办事指南</source>
        <translation>Service guide</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+71"/>
        <location line="+26"/>
        <source>打开键盘</source>
        <translation>Keyboard</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>搜索：</source>
        <translation>Search:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>请选择符合您的情况：</source>
        <translation>Choose the situation that fits you:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>打印一次性告知单</source>
        <translation>Print the checklist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新打印</source>
        <translation>Print again</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{hint}。本页有：{tiles}。</source>
        <translation>{hint}. On this page: {tiles}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>收起键盘</source>
        <translation>Hide keyboard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>办事指南：选择部门或搜索事项</source>
        <translation>Guide: choose a department or search</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name}
{count} 个事项</source>
        <translation>{name}
{count} matter(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择办理部门，或在上方搜索事项</source>
        <translation>Choose a department, or search for a matter above</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>找到 {count} 个事项</source>
        <translation>{count} matter(s) found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有找到相符的事项</source>
        <translation>No matching matter found</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请换一个词试试，或点“返回首页”后到综合窗口咨询。</source>
        <translation>Try another word, or tap “Home” and ask at a service window.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}
{department} · 承诺{limit}</source>
        <translation>{name}
{department} · promised: {limit}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>请选择要办理的事项（共 {count} 项）</source>
        <translation>Choose a matter ({count} in all)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>取号：{category}</source>
        <translation>Take a number: {category}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>正在打印，请稍候……</source>
        <translation>Printing, please wait…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>本机暂未连接打印机。告知单已保存，可到任一综合窗口打印。</source>
        <translation>No printer is connected. The checklist was saved; any service window can print it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>告知单已打印，请从出纸口取走。</source>
        <translation>Printed. Please take the checklist from the slot.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{message} 可点“重新打印”，或到综合窗口索取。</source>
        <translation>{message} Tap “Print again”, or ask at a service window.</translation>
    </message>
</context>
<context>
    <name>KioskProgressPage</name>
    <message>
        <location filename="../../ui/kiosk_guide/progress_page.py" line="+26"/>
        <source>请将受理通知书或补正通知书上的条码对准扫描口</source>
        <translation>Hold the barcode on your receipt or supplement notice to the scanner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有条码？请输入办件编号和申请人证件号码后四位</source>
        <translation>No barcode? Enter the case number and the last 4 characters of the applicant&apos;s ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>未查询到相符的办件。请核对办件编号和证件号码后四位，或持受理通知书到综合窗口咨询。</source>
        <translation>No matching case found. Check the case number and the last 4 ID characters, or bring your receipt to a service window.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据来源：本机记录</source>
        <translation>Source: this terminal&apos;s records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已收件待受理</source>
        <translation>Received, not yet accepted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>待补正</source>
        <translation>Supplements requested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不予受理</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审批中</source>
        <translation>Under review</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办结（准予）</source>
        <translation>Concluded (approved)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结（不予批准）</source>
        <translation>Concluded (not approved)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>待领取</source>
        <translation>Ready for pickup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已出件</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已办结</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+64"/>
        <source>办件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>通知书编号</source>
        <translation>Notice no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办理事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当前状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>承诺办结日期</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>尚需补交材料</source>
        <translation>Still to bring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>领取地点</source>
        <translation>Pick up at</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办结后领取</source>
        <translation>Pick up when done</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>办件进度查询</source>
        <translation>Case progress</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>扫描后自动查询</source>
        <translation>Scan to check automatically</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>办件编号，例如 DEMO01-20261123-0001</source>
        <translation>e.g. DEMO01-20261123-0001</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>后四位</source>
        <translation>Last 4</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+67"/>
        <location line="+18"/>
        <source>打开键盘</source>
        <translation>Keyboard</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>查询</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>证件号码后四位</source>
        <translation>Last 4 of ID</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>再查一件</source>
        <translation>Check another</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{scan}。{type}。{error}</source>
        <translation>{scan}. {type}. {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+86"/>
        <source>收起键盘</source>
        <translation>Hide keyboard</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>{matter}：{status}</source>
        <translation>{matter}: {status}</translation>
    </message>
</context>
<context>
    <name>KioskRatePage</name>
    <message>
        <location filename="../../ui/ratings/kiosk_rate.py" line="+33"/>
        <source>非常满意</source>
        <translation>Very good</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>满意</source>
        <translation>Good</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>基本满意</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不满意</source>
        <translation>Poor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>非常不满意</source>
        <translation>Very poor</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>办件评价</source>
        <translation>Rate a case</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请将受理回执上的条码对准扫码口，或输入办件编号和申请人证件号码后六位。</source>
        <translation>Hold the barcode on your acceptance receipt to the scanner, or type the case number and the last six characters of the applicant&apos;s ID number.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>办件编号（扫码后自动填入）</source>
        <translation>Case number (filled in by the scanner)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>证件号码后六位（手工输入时填写）</source>
        <translation>Last six characters of the ID number (when typing)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+53"/>
        <source>返回首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>查找办件</source>
        <translation>Find case</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>请选择不满意的原因（可多选）：</source>
        <translation>Why were you dissatisfied? (choose any)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>还想说的话（选“其他”时请填写）</source>
        <translation>Anything else to tell us (required for &quot;Other&quot;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>同意工作人员回访我</source>
        <translation>Staff may call me back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>回访电话（同意回访时填写）</source>
        <translation>Call-back phone (if you agree to a call-back)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>提交评价</source>
        <translation>Submit rating</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>请将受理回执上的条码对准扫码口，或输入办件编号和证件号码后六位。</source>
        <translation>Hold the barcode on your acceptance receipt to the scanner, or type the case number and the last six characters of the ID number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请为这件事的整体办理情况评价，点击五个按钮中的一个，然后点提交评价。</source>
        <translation>Please rate how this case was handled overall: tap one of the five buttons, then tap Submit rating.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>办件编号 {case_no}
{matter}
请您对这件事的整体办理情况评价（补充评价）：</source>
        <translation>Case number {case_no}
{matter}
Please rate how this case was handled overall (additional rating):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办件编号 {case_no}
{matter}
请您对这件事的整体办理情况评价：</source>
        <translation>Case number {case_no}
{matter}
Please rate how this case was handled overall:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>请先选择一个评价等级。</source>
        <translation>Please choose a rating first.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>感谢您的评价！
我们会尽快核实并改进。</source>
        <translation>Thank you for your rating!
We will look into it and improve soon.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>感谢您的评价！</source>
        <translation>Thank you for your rating!</translation>
    </message>
</context>
<context>
    <name>KioskScreens</name>
    <message>
        <location filename="../../ui/kiosk/screens.py" line="-91"/>
        <source>暂无法估算等候时间</source>
        <translation>waiting time not available</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无需等候</source>
        <translation>no wait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>约 {minutes} 分钟</source>
        <translation>about {minutes} min</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>暂时连接不上大厅排队系统。您的选择已保留，请稍后再试一次，或咨询导服人员。</source>
        <translation>The hall&apos;s queue system cannot be reached right now. Your choice is kept: please try again in a moment, or ask a hall guide.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/kiosk/window.py" line="+42"/>
        <source>大厅排队系统暂时连接不上，暂停取号，请稍候再试或咨询导服人员。</source>
        <translation>The hall&apos;s queue system cannot be reached: taking a number is paused. Please try again later or ask a hall guide.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>一窗通 · 自助终端 — {hall}</source>
        <translation>Yichuang · Self-service kiosk — {hall}</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+92"/>
        <source>长辈版</source>
        <translation>Large print</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>朗读</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>取号</source>
        <translation>Take a number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>号</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预约签到</source>
        <translation>Appointment check-in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>约</source>
        <translation>✓</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>标准版</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>本机暂无普通话语音，如需帮助请联系导服人员。</source>
        <translation>This kiosk has no Mandarin voice. If you need help, please ask a hall guide.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>办件评价</source>
        <translation>Rate your case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>评</source>
        <translation>★</translation>
    </message>
</context>
<context>
    <name>Lockdown</name>
    <message>
        <location filename="../../ui/lockdown.py" line="+194"/>
        <source>重新启动本终端</source>
        <translation>Restart this terminal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退出到桌面（维护）</source>
        <translation>Exit to desktop (maintenance)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/clerk/login.py" line="+26"/>
        <source>一窗通 · 窗口人员登录</source>
        <translation>Yichuang · Clerk log-in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>例如 S001</source>
        <translation>e.g. S001</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>工号(&amp;N)</source>
        <translation>Staff &amp;number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b style=&apos;font-size:16pt&apos;&gt;一窗通&lt;/b&gt;&lt;br&gt;{hall}&#x3000;工作站 {station}</source>
        <translation>&lt;b style=&apos;font-size:16pt&apos;&gt;Yichuang&lt;/b&gt;&lt;br&gt;{hall}  Station {station}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未登记</source>
        <translation>not enrolled</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>正在登录…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>登录失败：{error}</source>
        <translation>Log-in failed: {error}</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../ui/main.py" line="+29"/>
        <location line="+156"/>
        <source>一窗通</source>
        <translation>Yichuang</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>一窗通无法启动</source>
        <translation>Yichuang cannot start</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>大厅管理</source>
        <translation>hall supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口</source>
        <translation>clerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{staff_no} {name}（{role}）密码 {password}</source>
        <translation>{staff_no} {name} ({role}) password {password}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>演示账号：{accounts}</source>
        <translation>Demo accounts: {accounts}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>程序出现内部错误，已记录（{path}）。请联系运维人员。</source>
        <translation>An internal error occurred and was recorded ({path}). Please contact IT support.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内部错误</source>
        <translation>Internal error</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>本地数据库已损坏（{error}），为保护数据未启动。
请运行 yichuang restore --latest 从每日备份恢复，或联系运维人员。</source>
        <translation>The local database is damaged ({error}); the program did not start, to protect the data.
Run yichuang restore --latest to restore the daily backup, or contact IT support.</translation>
    </message>
</context>
<context>
    <name>MaterialCard</name>
    <message>
        <location filename="../../ui/kiosk_guide/guide_detail.py" line="-69"/>
        <source>{form} {count}份&#x3000;·&#x3000;{medium}</source>
        <translation>{form} ×{count} · {medium}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>在哪里取得：{source}</source>
        <translation>Where to get it: {source}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>何时需要：{condition}</source>
        <translation>Needed when: {condition}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>要求：{standard}</source>
        <translation>Requirements: {standard}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>说明：{notes}</source>
        <translation>Notes: {notes}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>暂时缺少时可签署承诺书容缺受理，之后补交。</source>
        <translation>If missing, you may sign a commitment, be accepted with pending materials and bring it later.</translation>
    </message>
</context>
<context>
    <name>MaterialTableModel</name>
    <message>
        <location filename="../../ui/models/catalog.py" line="+78"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>材料名称</source>
        <translation>Material</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原件/复印件</source>
        <translation>Original/copy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>形式</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>必要性</source>
        <translation>Necessity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>容缺</source>
        <translation>May be pending</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理标准</source>
        <translation>Acceptance standard</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>适用情形：{condition}</source>
        <translation>Applies when: {condition}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{necessity}（{condition}）</source>
        <translation>{necessity} ({condition})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{source}：{detail}</source>
        <translation>{source}: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>可容缺</source>
        <translation>May be pending</translation>
    </message>
</context>
<context>
    <name>MatterDetail</name>
    <message>
        <location filename="../../ui/clerk/catalog_browser.py" line="-123"/>
        <source>&lt;span style=&apos;color:#666&apos;&gt;在左侧输入事项名称、拼音首字母（如 gtgsh）或事项编码&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#666&apos;&gt;Type a matter name, its pinyin initials (e.g. gtgsh) or its code on the left&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{days} 个工作日</source>
        <translation>{days} working days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>即办</source>
        <translation>On the spot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>实施主体</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>事项类型</source>
        <translation>Matter type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法定时限</source>
        <translation>Statutory time limit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>承诺时限</source>
        <translation>Promised time limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收费</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取件方式</source>
        <translation>Pick-up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>排队类别</source>
        <translation>Queue category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理条件</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>设定依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{description}&#x3000;共 {count} 项材料，其中必要 {required} 项。</source>
        <translation>{description}  {count} materials, {required} of them required.</translation>
    </message>
</context>
<context>
    <name>MatterListModel</name>
    <message>
        <location filename="../../ui/models/catalog.py" line="-62"/>
        <source>即办</source>
        <translation>on the spot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>承诺 {days} 个工作日</source>
        <translation>promised in {days} working days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}（{type}，{limit}）</source>
        <translation>{name} ({type}, {limit})</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="+17"/>
        <source>无法完成操作</source>
        <translation>Cannot complete the action</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
</context>
<context>
    <name>OnscreenKeyboard</name>
    <message>
        <location filename="../../ui/kiosk_guide/onscreen_keyboard.py" line="+19"/>
        <source>退格</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>PadWindow</name>
    <message>
        <location filename="../../ui/pad/window.py" line="+48"/>
        <source>非常满意</source>
        <translation>Very good</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>满意</source>
        <translation>Good</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>基本满意</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不满意</source>
        <translation>Poor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>非常不满意</source>
        <translation>Very poor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>等候时间过长</source>
        <translation>Waited too long</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作人员态度不好</source>
        <translation>Unfriendly staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>材料要求没有一次性告知</source>
        <translation>Materials not told at once</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办事流程繁琐</source>
        <translation>Too many steps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理时间过长</source>
        <translation>Took too long to process</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>需要多次跑腿</source>
        <translation>Had to come back again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口服务不规范</source>
        <translation>Service not up to standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>一窗通 · 评价器</source>
        <translation>Yichuang · Rating pad</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>欢迎您！办理结束后，请在这里为本次服务评价。</source>
        <translation>Welcome! When you are done, please rate our service here.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>请您为本次服务评价</source>
        <translation>Please rate our service</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>请告诉我们哪里做得不好（可多选）：</source>
        <translation>Please tell us what went wrong (choose any):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>还想说的话（可不填；选“其他”时请填写）</source>
        <translation>Anything else? (optional; required if you chose &quot;Other&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>是否同意工作人员回访您？</source>
        <translation>May our staff call you back?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同意回访</source>
        <translation>Yes, call me</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不需要</source>
        <translation>No, thanks</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>您的姓名（可不填，匿名评价）</source>
        <translation>Your name (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访电话</source>
        <translation>Phone for the call-back</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>重新选择</source>
        <translation>Choose again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>提交评价</source>
        <translation>Submit rating</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>您选择了“{level}”，很抱歉给您带来不便</source>
        <translation>You chose &quot;{level}&quot;. We are sorry for the trouble.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{window} 号窗口&#x3000;</source>
        <translation>Window {window}  </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作人员：{name}&#x3000;工号：{staff_no}</source>
        <translation>Staff: {name}  Staff no.: {staff_no}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本次服务：{description}</source>
        <translation>Service: {description}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>窗口服务</source>
        <translation>Window service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办件编号 {case_no}</source>
        <translation>case no. {case_no}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>排队号 {ticket_no}</source>
        <translation>number {ticket_no}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>感谢您的评价！
我们会尽快核实并改进。</source>
        <translation>Thank you for your rating!
We will look into it and improve.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>感谢您的评价！
祝您生活愉快。</source>
        <translation>Thank you for your rating!
Have a nice day.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>请在 {seconds} 秒内评价，未评价将记为“未评价”</source>
        <translation>Please rate within {seconds} s; otherwise it is recorded as &quot;Not rated&quot;</translation>
    </message>
</context>
<context>
    <name>PageScreen</name>
    <message>
        <location filename="../../ui/kiosk_guide/install.py" line="+70"/>
        <source>办事指南</source>
        <translation>Service guide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指</source>
        <comment>the guide tile&apos;s one-character icon</comment>
        <translation>i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>进度查询</source>
        <translation>Case progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查</source>
        <comment>the progress tile&apos;s one-character icon</comment>
        <translation>?</translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <location filename="../../ui/kiosk_guide/common.py" line="+19"/>
        <source>上一页</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一页</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>第 {number} / {count} 页</source>
        <translation>Page {number} of {count}</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <location filename="../../ui/figures/labels.py" line="+105"/>
        <source>{year}年{month}月{day}日</source>
        <translation>{year}-{month}-{day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{year}年{month}月</source>
        <translation>{month}/{year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start} 至 {end}</source>
        <translation>{start} to {end}</translation>
    </message>
</context>
<context>
    <name>PeriodKind</name>
    <message>
        <location line="-106"/>
        <source>日</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>周</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月</source>
        <translation>Month</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/lockdown.py" line="-91"/>
        <source>管理员解锁</source>
        <translation>Supervisor unlock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请输入管理员解锁密码</source>
        <translation>Enter the supervisor PIN</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>密码不正确，请重新输入。</source>
        <translation>Wrong PIN, please try again.</translation>
    </message>
</context>
<context>
    <name>PlanBasis</name>
    <message>
        <location filename="../../ui/figures/labels.py" line="+3"/>
        <source>平均工作日</source>
        <translation>average working day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>繁忙日（80% 分位）</source>
        <translation>busy day (80th percentile)</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../ui/figures/plan_view.py" line="+41"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> 周</source>
        <translation> week(s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>测算</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>让</source>
        <translation>Let</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>的群众等候不超过</source>
        <translation>of citizens wait at most</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>参考最近</source>
        <translation>based on the last</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>按</source>
        <translation>using</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>选中一行可看测算理由。</source>
        <translation>Select a row to see how it was calculated.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{start} 至 {end} 没有取号记录，无法测算。请在有一段时间的排队数据后再测算。</source>
        <translation>No numbers were taken from {start} to {end}, so nothing can be calculated. Try again once there is some queue history.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{category} {count} 个</source>
        <translation>{category}: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{month}每个工作日高峰时段需要的窗口：{windows}；分类别合计 {total} 个。</source>
        <translation>Windows needed at the peak of each working day in {month}: {windows}; {total} in total by category.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>若全部窗口实行全科无差别受理，高峰时只需 {count} 个。</source>
        <translation> If every window accepted any matter, {count} would be enough at the peak.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{category} {band}：{why}</source>
        <translation>{category} {band}: {why}</translation>
    </message>
</context>
<context>
    <name>PoorReason</name>
    <message>
        <location filename="../../ui/ratings/labels.py" line="-15"/>
        <source>等候时间过长</source>
        <translation>Long wait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作人员态度不好</source>
        <translation>Unfriendly staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>材料要求没有一次性告知</source>
        <translation>Not told all at once</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办事流程繁琐</source>
        <translation>Too complicated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理时间过长</source>
        <translation>Slow processing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>需要多次跑腿</source>
        <translation>Had to come back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口服务不规范</source>
        <translation>Poor window service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>PrintJobs</name>
    <message>
        <location filename="../../ui/print_jobs.py" line="+45"/>
        <source>打印失败：{error}</source>
        <translation>Printing failed: {error}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>未配置打印机，文书已保存为 PDF：{path}</source>
        <translation>No printer is set up; the document was saved as a PDF: {path}</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ui/intake/dialogs.py" line="-113"/>
        <source>打印预览 — {title}</source>
        <translation>Print preview — {title}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>打印（Ctrl+P）</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>关闭（Esc）</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>PrintersPage</name>
    <message>
        <location filename="../../ui/setup/wizard.py" line="+63"/>
        <source>打印机</source>
        <translation>Printers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>为每种文书选择打印机。排队小票通常用 80 毫米热敏打印机，其余用 A4 打印机。</source>
        <translation>Choose a printer for each document. Ticket slips usually go to an 80 mm thermal printer, the rest to an A4 printer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>系统默认打印机</source>
        <translation>System default printer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>保存为PDF（不打印）</source>
        <translation>Save as PDF (do not print)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{printer}（未找到）</source>
        <translation>{printer} (not found)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>本机未找到已安装的打印机：可先选择“保存为PDF”，安装打印机后重新运行设置。</source>
        <translation>No printer is installed on this PC: choose “Save as PDF” for now and run the setup again after installing one.</translation>
    </message>
</context>
<context>
    <name>QuarantineModel</name>
    <message>
        <location filename="../../ui/sync/quarantine_page.py" line="+19"/>
        <source>记录类型</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>产生时间</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>尝试次数</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>退回原因</source>
        <translation>Reason returned</translation>
    </message>
</context>
<context>
    <name>QuarantinePage</name>
    <message>
        <location line="+55"/>
        <source>重新发送所选记录</source>
        <translation>Resend selected records</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>共有 {count} 条记录被服务器退回。核实原因后可重新发送；其余记录照常上传，不受影响。</source>
        <translation>The server returned {count} record(s). Check the reason, then resend them; all other records upload as usual.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有被退回的记录，所有记录均正常上传。</source>
        <translation>No records were returned; everything uploads normally.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>最近的同步核对：
{lines}</source>
        <translation>Recent sync checks:
{lines}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>请先在列表中选择要重新发送的记录。</source>
        <translation>Select the records to resend in the list first.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已将 {count} 条记录放回待上传队列。</source>
        <translation>{count} record(s) put back in the upload queue. </translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../ui/clerk/queue_panel.py" line="+67"/>
        <location line="+297"/>
        <source>绿色通道</source>
        <translation>Priority lane</translation>
    </message>
    <message>
        <location line="-296"/>
        <source>预约</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>普通</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>正在联系大厅服务器…</source>
        <translation>Contacting the hall server…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>本窗口业务等候情况</source>
        <translation>Waiting for this window</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>挂起的号（双击恢复）</source>
        <translation>Held tickets (double-click to resume)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>窗口业务设置…</source>
        <translation>Window settings…</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+251"/>
        <source>叫号</source>
        <translation>Call</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>重呼</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>过号</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转移</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暂停</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>挂起</source>
        <translation>Hold</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>指定号码，如 A012</source>
        <translation>Ticket number, e.g. A012</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>指定叫号</source>
        <translation>Call this number</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>代取号</source>
        <translation>Take for citizen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{title}（{key}）</source>
        <translation>{title} ({key})</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>当前没有等候的群众。</source>
        <translation>No one is waiting.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>本窗口当前没有正在办理的号。</source>
        <translation>This window is not serving a ticket right now.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>{window} 号窗口 · {state}</source>
        <translation>Window {window} · {state}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已暂停叫号</source>
        <translation>calling paused</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>叫号中</source>
        <translation>calling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · 共享队列离线</source>
        <translation> · shared queue offline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>恢复（F5）</source>
        <translation>Resume (F5)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>暂停（F5）</source>
        <translation>Pause (F5)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>按 F1 叫下一位</source>
        <translation>Press F1 to call the next citizen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>：{reason}</source>
        <translation>: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取号 {time}</source>
        <translation>taken {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已重呼 {count} 次</source>
        <translation>recalled {count}×</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>备注：{note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已叫号 {no}</source>
        <translation>Called {no}</translation>
    </message>
</context>
<context>
    <name>RatingChannel</name>
    <message>
        <location filename="../../ui/ratings/labels.py" line="+20"/>
        <source>政务大厅平板电脑</source>
        <translation>Service hall pad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>政务大厅其他终端</source>
        <translation>Other service hall terminal</translation>
    </message>
</context>
<context>
    <name>RatingLabels</name>
    <message>
        <location line="+2"/>
        <source>匿名</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>实名差评回访率 {done}/{required}</source>
        <translation>Named poor ratings called back: {done}/{required}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>（{rate}）</source>
        <translation> ({rate})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{reasons}：{comment}</source>
        <translation>{reasons}: {comment}</translation>
    </message>
</context>
<context>
    <name>RatingLevel</name>
    <message>
        <location line="-80"/>
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>非常不满意</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未评价</source>
        <translation>Not rated</translation>
    </message>
</context>
<context>
    <name>RatingsClerkHook</name>
    <message>
        <location filename="../../ui/ratings/clerk_hook.py" line="+42"/>
        <source>已请群众在评价器上评价本次服务。</source>
        <translation>The citizen has been asked to rate this service on the rating pad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>请评价（F8）</source>
        <translation>Ask for rating (F8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请群众在评价器上为本次服务评价</source>
        <translation>Ask the citizen to rate this service on the rating pad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>差评整改</source>
        <translation>Poor-rating follow-up</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>满意度统计</source>
        <translation>Satisfaction</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <location filename="../../ui/intake/dialogs.py" line="+29"/>
        <source>不予受理</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>选择或输入不予受理的理由</source>
        <translation>Pick or type the reason for refusal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>法律依据，例如《中华人民共和国行政许可法》第三十二条第一款第（二）项</source>
        <translation>Legal basis, e.g. Administrative Licensing Law of the PRC, Article 32(1)(ii)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>将打印《不予受理决定通知书》，告知申请人可在六十日内申请行政复议或在六个月内提起行政诉讼。</source>
        <translation>A refusal notice will be printed, telling the applicant they may apply for administrative review within 60 days or file an administrative lawsuit within 6 months.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>不予受理理由</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法律依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>确定不予受理</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../../ui/kiosk/screens.py" line="+377"/>
        <source>重新打印</source>
        <translation>Print again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>完成，返回首页</source>
        <translation>Done, back to start</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>过号处理：{policy}</source>
        <translation>If you miss your call: {policy}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（{lane}）</source>
        <translation> ({lane})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>您前面还有 {count} 人等候</source>
        <translation>People ahead of you: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预计等候：{wait}</source>
        <translation>Estimated wait: {wait}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>绿色通道</source>
        <translation>Priority lane</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>预约</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正在打印排队小票……</source>
        <translation>Printing your ticket…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>请取走排队小票，留意叫号屏和语音提示。</source>
        <translation>Please take your ticket and watch the display board and announcements.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>小票未能打印：{reason}
您的号码已保留，请记下号码，或点“重新打印”，也可请导服人员协助。</source>
        <translation>The ticket could not be printed: {reason}
Your number is kept. Please note it down, press &quot;Print again&quot;, or ask a hall guide for help.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>取号成功。您的号码是 {number} 号，{category}。您前面还有 {count} 人，预计等候{wait}。{printing}</source>
        <translation>Your number is {number}, {category}. {count} people are ahead of you; estimated wait: {wait}. {printing}</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <location filename="../../ui/setup/wizard.py" line="-73"/>
        <source>显示器</source>
        <translation>Display</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>屏幕 {number}：{name}（{width}×{height}）</source>
        <translation>Screen {number}: {name} ({width}×{height})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>屏幕 {number}</source>
        <translation>Screen {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>本机角色与屏幕</source>
        <translation>Roles and screens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一台电脑可以同时有多个角色，例如窗口端在主屏，评价器在第二块屏。</source>
        <translation>One PC can have several roles, e.g. the counter on the main screen and the rating pad on the second.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>请至少选择一个角色。</source>
        <translation>Choose at least one role.</translation>
    </message>
</context>
<context>
    <name>ServerFiguresTab</name>
    <message>
        <location filename="../../ui/figures/server_tab.py" line="+36"/>
        <source>全大厅统计获取失败：{error}。请稍后点“刷新”重试。</source>
        <translation>Could not fetch the whole-hall figures: {error}. Click &quot;Refresh&quot; later to try again.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>报表</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>按{group}</source>
        <translation>By {group}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>正在从服务器获取全大厅统计…</source>
        <translation>Fetching the whole-hall figures from the server…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>服务器数据（{period}，本大厅全部工作站）</source>
        <translation>Server data ({period}, all stations of this hall)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>全大厅统计</source>
        <translation>Whole-hall figures</translation>
    </message>
</context>
<context>
    <name>SetupAnswers</name>
    <message>
        <location filename="../../ui/setup/answers.py" line="+27"/>
        <source>本机有自助终端、叫号屏或评价器：请设置管理员解锁密码。</source>
        <translation>This PC runs a kiosk, call board or rating pad: set a supervisor unlock PIN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>窗口端（窗口人员受理）</source>
        <translation>Counter (clerks accept applications)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自助终端（群众取号、查询）</source>
        <translation>Kiosk (citizens take numbers, check progress)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>叫号屏</source>
        <translation>Call board</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评价器（群众评价）</source>
        <translation>Rating pad (citizens rate the service)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>排队小票</source>
        <translation>Ticket slip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理回执</source>
        <translation>Acceptance receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>补正材料通知书</source>
        <translation>Supplement notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>告知承诺书</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不予受理通知书</source>
        <translation>Refusal notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办事指南</source>
        <translation>Service guide</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>请填写服务器地址，以 http:// 或 https:// 开头，例如 https://zwfw.example.gov.cn。</source>
        <translation>Enter the server URL, starting with http:// or https://, e.g. https://zwfw.example.gov.cn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请填写工作站编码：服务器登记本工作站时显示，例如 H0101（字母和数字）。</source>
        <translation>Enter the station code shown when the server registered this station, e.g. H0101 (letters and digits).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请填写一次性登记码：在中心服务器登记本工作站后由管理员提供。</source>
        <translation>Enter the one-time enrolment code the administrator received when registering this station on the server.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup/wizard.py" line="+118"/>
        <source>一窗通 · 工作站设置</source>
        <translation>Yichuang · Station setup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>下一步(&amp;N) &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; 上一步(&amp;B)</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完成(&amp;F)</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>一窗通工作站设置向导</source>
        <translation>Yichuang station setup wizard</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>设置已取消，未保存。</source>
        <translation>Setup cancelled; nothing was saved.</translation>
    </message>
</context>
<context>
    <name>StationMenu</name>
    <message>
        <location filename="../../ui/lockdown.py" line="+10"/>
        <source>工作站菜单</source>
        <translation>Station menu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>管理员菜单</source>
        <translation>Supervisor menu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>返回</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>StationStatusBar</name>
    <message>
        <location filename="../../ui/statusbar.py" line="+46"/>
        <source>工作站 {code}</source>
        <translation>Station {code}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未登记</source>
        <translation>not enrolled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{no} 号窗口</source>
        <translation>window {no}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}（{staff_no}）</source>
        <translation>{name} ({staff_no}) </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未登录</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>单机运行</source>
        <translation>Standalone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● 在线</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● 离线（{detail}）</source>
        <translation>● Offline ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>● 离线</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>待上传 {count} 条</source>
        <translation>{count} waiting to upload</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>注意：{years} 年节假日安排尚未导入，时限暂按周一至周五计算</source>
        <translation>Note: the {years} holiday schedule is not imported yet; time limits count Monday to Friday for now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../ui/sync_status.py" line="+36"/>
        <source>{count} 条记录被服务器退回，请大厅管理人员处理</source>
        <translation>{count} record(s) returned by the server; a hall supervisor must handle them</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>同步提示：{message}</source>
        <translation>Sync: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>正在连接服务器</source>
        <translation>connecting to the server</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>上次同步：{time}</source>
        <translation>Last sync: {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>尚未与服务器同步</source>
        <translation>Not synced with the server yet</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>同步退回记录</source>
        <translation>Returned records</translation>
    </message>
</context>
<context>
    <name>TableTab</name>
    <message>
        <location filename="../../ui/figures/page.py" line="-234"/>
        <source>按{group}</source>
        <translation>By {group}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>所选期间没有记录。</source>
        <translation>No records in the selected period.</translation>
    </message>
</context>
<context>
    <name>TakeScreen</name>
    <message>
        <location filename="../../ui/kiosk/screens.py" line="-328"/>
        <source>取号：请选择业务类别</source>
        <translation>Take a number: choose a service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>绿色通道（老年人、残疾人、孕妇等）</source>
        <translation>Priority lane (elderly, disabled, pregnant …)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>选择绿色通道后，请向导服人员出示相关证件。</source>
        <translation>With the priority lane, please show a hall guide your certificate.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在为您取号，请稍候……</source>
        <translation>Getting your number, please wait…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>返回首页</source>
        <translation>Back to start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>上一页</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一页</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>办理时间 {hours}</source>
        <translation>Open {hours}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>今日号源已取完</source>
        <translation>No numbers left today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>等候人数暂时无法获取</source>
        <translation>waiting count not available</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>等候 {count} 人 · {wait}</source>
        <translation>{count} waiting · {wait}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{name}，等候{count}人，{wait}</source>
        <translation>{name}: {count} waiting, {wait}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择业务类别。</source>
        <translation>Please choose a service. </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>。</source>
        <translation>.</translation>
    </message>
</context>
<context>
    <name>TerminalPage</name>
    <message>
        <location filename="../../ui/setup/wizard.py" line="-145"/>
        <source>终端设置</source>
        <translation>Terminal settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自助终端、叫号屏和评价器全屏运行，群众无法退出；管理员在屏幕右上角连续点击 5 次，输入解锁密码后打开管理菜单。</source>
        <translation>Kiosk, call board and rating pad run full screen and citizens cannot leave them; a supervisor taps the top-right corner 5 times and enters the unlock PIN to open the admin menu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> 秒</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>自助终端默认显示长辈版（大字、简化）</source>
        <translation>Kiosk starts in senior mode (large type, simplified)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已设置；不修改请留空</source>
        <translation>Already set; leave empty to keep it</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6 到 12 位数字</source>
        <translation>6 to 12 digits</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>无人操作返回首页(&amp;I)</source>
        <translation>Back home when &amp;idle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>管理员解锁密码(&amp;P)</source>
        <translation>Supervisor unlock &amp;PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>再次输入密码</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>界面语言(&amp;L)</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>两次输入的解锁密码不一致，请重新输入。</source>
        <translation>The two PINs differ; enter them again.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../ui/clerk/queue_panel.py" line="-420"/>
        <source>转移 {no} 号</source>
        <translation>Transfer ticket {no}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>（不改变业务类别）</source>
        <translation>(same queue category)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>留空表示任一窗口</source>
        <translation>Leave empty for any window</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例如：需补充材料后到不动产专窗</source>
        <translation>e.g. bring supplements, then go to the real-estate window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转到业务类别</source>
        <translation>To category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转到窗口号</source>
        <translation>To window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>WaitingCountsModel</name>
    <message>
        <location line="-62"/>
        <source>业务类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>等候</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预计等候</source>
        <translation>Est. wait</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>窗口暂停</source>
        <translation>window paused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无需等候</source>
        <translation>no wait</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>约 {minutes} 分钟</source>
        <translation>about {minutes} min</translation>
    </message>
</context>
<context>
    <name>WindowCell</name>
    <message>
        <location filename="../../ui/board/window.py" line="-160"/>
        <source>{window} 号窗口</source>
        <translation>Window {window}</translation>
    </message>
</context>
<context>
    <name>WindowProfileDialog</name>
    <message>
        <location filename="../../ui/clerk/queue_panel.py" line="+40"/>
        <source>{window} 号窗口业务设置</source>
        <translation>Window {window} settings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>勾选本窗口办理的业务类别；权重越大，叫到该类别的次数越多（1–10）。</source>
        <translation>Tick the categories this window serves; a higher weight calls that category more often (1–10).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>叫号规则参数（全大厅通用，详见 docs/queue-policy.md）</source>
        <translation>Calling rules (the same for the whole hall, see docs/queue-policy.md)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>连续叫优先号后穿插 1 个普通号（N）</source>
        <translation>Call 1 normal ticket after N priority tickets (N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>普通号等候超过（分钟，0 为不启用）优先叫</source>
        <translation>Call a normal ticket first after waiting (minutes, 0 = off)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预约超过时段开始（分钟）排到绿色通道前</source>
        <translation>Late appointments go before the priority lane after (minutes)</translation>
    </message>
</context>
</TS>
