@echo off
rem 一窗通 自助终端/叫号屏/评价器 守护循环（Windows）。
rem 程序崩溃或被关闭后 2 秒自动重新启动；管理员在管理菜单中选择
rem “退出到桌面（维护）”时程序以退出码 3 结束，循环随之停止。
rem 安装程序在“启动”文件夹放置本脚本的快捷方式（最小化运行）。
:loop
"%~dp0yichuang.exe"
if "%ERRORLEVEL%"=="3" exit /b 0
timeout /t 2 /nobreak >nul
goto loop
