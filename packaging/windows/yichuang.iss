; Inno Setup script for 一窗通 on Windows 10/11 (64-bit).
;
; 1. Build the one-folder app on Windows:   py packaging\build.py --no-deb
;    (the same packaging\yichuang.spec: yichuang.exe without a console, yichuang-server.exe)
; 2. Compile this script with Inno Setup 6: "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\yichuang.iss
;    → build\yichuang-<version>-setup.exe
;
; The Chinese installer texts come from Inno Setup's ChineseSimplified.isl; if your Inno
; Setup has no Languages\ChineseSimplified.isl, put the file from
; https://jrsoftware.org/files/istrans/ into its Languages folder (see docs/install.md).

#define AppVersion "0.1.0"
#define Dist "..\..\build\dist\yichuang"

[Setup]
AppId={{5C1D5E52-7F0B-4E4B-9B0E-1A7C3D2F9E61}
AppName=一窗通
AppVerName=一窗通 {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=一窗通项目组
DefaultDirName={autopf}\Yichuang
DefaultGroupName=一窗通
OutputDir=..\..\build
OutputBaseFilename=yichuang-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\yichuang.ico
UninstallDisplayIcon={app}\yichuang.exe
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
PrivilegesRequired=admin
DisableProgramGroupPage=yes

[Languages]
Name: "chs"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "在桌面创建快捷方式"; Flags: unchecked
Name: "kioskautostart"; Description: "开机自动进入本机角色（自助终端/叫号屏/评价器：崩溃后自动重启）"; Flags: unchecked

[Files]
Source: "{#Dist}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "yichuang-kiosk.cmd"; DestDir: "{app}"; Flags: ignoreversion
Source: "..\..\docs\install.md"; DestDir: "{app}\docs"; Flags: ignoreversion

[Icons]
Name: "{group}\一窗通"; Filename: "{app}\yichuang.exe"
Name: "{group}\一窗通工作站设置"; Filename: "{app}\yichuang.exe"; Parameters: "setup"
Name: "{group}\卸载一窗通"; Filename: "{uninstallexe}"
Name: "{autodesktop}\一窗通"; Filename: "{app}\yichuang.exe"; Tasks: desktopicon
; The kiosk account's Startup folder: the supervisor loop, minimised (its window is never seen).
Name: "{commonstartup}\一窗通"; Filename: "{app}\yichuang-kiosk.cmd"; WorkingDir: "{app}"; \
    IconFilename: "{app}\yichuang.exe"; Flags: runminimized; Tasks: kioskautostart

[Run]
Filename: "{app}\yichuang.exe"; Parameters: "setup"; Description: "运行工作站设置向导"; \
    Flags: postinstall nowait skipifsilent

[UninstallDelete]
; Station data (%LOCALAPPDATA%\yichuang) holds government records: never deleted here.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
