@echo off
rem CGT Atlas launcher: no arguments opens the window; a subcommand (info, import, export, ...) runs headless.
rem Set JAVA_HOME to choose the JDK (17 or newer) and CGT_ATLAS_OPTS for extra JVM options.
setlocal
set "APP_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java") else (set "JAVA=java")
"%JAVA%" %CGT_ATLAS_OPTS% -cp "%APP_HOME%\lib\*" org.cgtatlas.app.Launcher %*
exit /b %ERRORLEVEL%
