@echo off
rem Runs cqlshift from the unpacked distribution: finds Java 17 or newer through JAVA_HOME or the PATH.
rem   JAVA_HOME  the Java installation to use; without it, java on the PATH
rem   JAVA_OPTS  more JVM options, after the defaults in lib\jvm.options (so they win)
setlocal

set "APP_HOME=%~dp0.."

if defined JAVA_HOME (
    set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
    set "JAVA_FROM=JAVA_HOME (%JAVA_HOME%)"
) else (
    set "JAVA_EXE=java.exe"
    set "JAVA_FROM=the PATH"
)
if defined JAVA_HOME if not exist "%JAVA_EXE%" (
    echo cqlshift: JAVA_HOME is '%JAVA_HOME%', which has no bin\java.exe. Set JAVA_HOME to a Java 17 or newer installation, or unset it to use java from the PATH. 1>&2
    exit /b 1
)
if not defined JAVA_HOME (
    where /q java.exe || (
        echo cqlshift: no Java found: JAVA_HOME is not set and there is no java on the PATH. Install Java 17 or newer, then set JAVA_HOME or put its bin directory on the PATH. 1>&2
        exit /b 1
    )
)

rem The first line of java -version names the version in quotes: "17.0.15", "21", "1.8.0_402".
"%JAVA_EXE%" -version 2>&1 | findstr /r /c:"version \"1[7-9]" /c:"version \"[2-9][0-9]" >nul || (
    echo cqlshift: cqlshift needs Java 17 or newer, but the java from %JAVA_FROM% is older. Set JAVA_HOME to a Java 17 or newer installation. 1>&2
    exit /b 1
)

rem lib\jvm.options keeps to the C1 compiler, which starts fastest. Commands that load or export rows can run
rem for minutes, where the C2 compiler pays for itself many times over (BENCHMARKS.md): they get it back.
rem The command is the first argument that is neither an option nor the value of a root option that takes one
rem (--profile seed is no seed command); the build writes those options in from the runner's command line.
set "ROOT_VALUE_OPTIONS=@ROOT_VALUE_OPTIONS@"
set "COMPILATION="
call :find_command %*

"%JAVA_EXE%" "@%APP_HOME%\lib\jvm.options" %COMPILATION% %JAVA_OPTS% "-Dcqlshift.home=%APP_HOME%" -jar "%APP_HOME%\lib\cqlshift.jar" %*
exit /b %ERRORLEVEL%

:find_command
if "%~1"=="" exit /b 0
for %%o in (%ROOT_VALUE_OPTIONS%) do if "%~1"=="%%o" goto :skip_option_value
set "ARGUMENT=%~1"
if "%ARGUMENT:~0,1%"=="-" (
    shift
    goto :find_command
)
if /i "%ARGUMENT%"=="seed" set "COMPILATION=-XX:TieredStopAtLevel=4"
if /i "%ARGUMENT%"=="export" set "COMPILATION=-XX:TieredStopAtLevel=4"
if /i "%ARGUMENT%"=="up" set "COMPILATION=-XX:TieredStopAtLevel=4"
exit /b 0

:skip_option_value
shift
shift
goto :find_command
