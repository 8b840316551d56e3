; BalanceView's Windows installer (Inno Setup 6). Not built here: the workflow
; .github/workflows/windows.yml builds dist\BalanceView with packaging\balanceview.spec, then
;   iscc /DAppVersion=0.1.0 packaging\windows\balanceview.iss   ->  dist\BalanceView-0.1.0-setup.exe
; Pages in Simplified Chinese or English (by the system's language); a Start-menu shortcut and
; a desktop shortcut (ticked by default), named 社保卡余额明白 on a Chinese system; uninstalling keeps the user's data unless asked to
; remove it (a question, or /REMOVEDATA on a silent uninstall).
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F3C1A52-8E0B-4C41-9A57-2B7E4D1F0C93}
AppName=BalanceView
AppVersion={#AppVersion}
AppVerName=BalanceView {#AppVersion}
AppPublisher=The BalanceView developers
DefaultDirName={autopf}\BalanceView
DefaultGroupName=BalanceView
DisableProgramGroupPage=yes
; A user without administrator rights installs for himself (%LOCALAPPDATA%\Programs).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=BalanceView-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\balanceview.ico
UninstallDisplayIcon={app}\BalanceView.exe
UninstallDisplayName=BalanceView
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
; ChineseSimplified.isl ships with recent Inno Setup 6; the workflow adds it to older ones.
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
zh_CN.AppName=社保卡余额明白
en.AppName=BalanceView
zh_CN.AppComment=用您自己的对账单说明社保卡两个账户的余额
en.AppComment=Explains the two balances of a social security card from your own statements
zh_CN.RemoveData=是否同时删除 BalanceView 的数据（导入的对账单数据库、设置和日志）？%n%n选择“否”将保留这些数据，重新安装后仍可使用。
en.RemoveData=Also remove BalanceView's data (the database of imported statements, its settings and log)?%n%nChoose No to keep them for a later installation.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\BalanceView\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{cm:AppName}"; Filename: "{app}\BalanceView.exe"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{cm:AppName}"; Filename: "{app}\BalanceView.exe"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\BalanceView.exe"; Description: "{cm:LaunchProgram,BalanceView}"; Flags: nowait postinstall skipifsilent

[Code]
function AskedToRemoveData(): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), '/REMOVEDATA') = 0 then
      Result := True;
  if not Result and not UninstallSilent() then
    Result := MsgBox(CustomMessage('RemoveData'), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { The program's files go in any case; the user's own data only when asked. The database
    and the log are in platformdirs' user data folder (%LOCALAPPDATA%\BalanceView today;
    %APPDATA%\BalanceView is cleared too), the settings in the registry (QSettings). }
  if (CurUninstallStep = usPostUninstall) and AskedToRemoveData() then
  begin
    DelTree(ExpandConstant('{localappdata}\BalanceView'), True, True, True);
    DelTree(ExpandConstant('{userappdata}\BalanceView'), True, True, True);
    RegDeleteKeyIncludingSubkeys(HKCU, 'Software\BalanceView');
  end;
end;
