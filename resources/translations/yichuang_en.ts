<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>CatalogBrowser</name>
    <message>
        <location filename="../../ui/clerk/catalog_browser.py" line="+171"/>
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
    <name>ClerkWindow</name>
    <message>
        <location filename="../../ui/clerk/window.py" line="+26"/>
        <source>一窗通 · 窗口端 — {hall}</source>
        <translation>Yichuang · Counter — {hall}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>事项查询</source>
        <translation>Matters</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location line="+4"/>
        <source>&lt;b style=&apos;font-size:16pt&apos;&gt;一窗通&lt;/b&gt;&lt;br&gt;{hall}&#x3000;工作站 {station}</source>
        <translation>&lt;b style=&apos;font-size:16pt&apos;&gt;Yichuang&lt;/b&gt;&lt;br&gt;{hall}  Station {station}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未登记</source>
        <translation>not enrolled</translation>
    </message>
</context>
<context>
    <name>MatterDetail</name>
    <message>
        <location filename="../../ui/clerk/catalog_browser.py" line="-120"/>
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
        <location line="+17"/>
        <source>{description}&#x3000;共 {count} 项材料，其中必要 {required} 项。</source>
        <translation>{description}  {count} materials, {required} of them required.</translation>
    </message>
</context>
<context>
    <name>StationStatusBar</name>
    <message>
        <location filename="../../ui/statusbar.py" line="+45"/>
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
</context>
</TS>
