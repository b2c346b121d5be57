using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Westphalia.Tests.Cli;

/// <summary>
/// The <c>westphalia</c> command run as its own process, as a user runs it: its exit code, what it printed, and its
/// peak resident memory, read from the kernel's high-water mark (VmHWM in /proc/PID/status) every few milliseconds
/// while it runs, from a thread of its own started with the process. A process cannot fault in a significant amount
/// of memory between two readings a millisecond apart, so the last reading is its peak to within a few megabytes.
/// </summary>
internal sealed partial class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _err = new();
    private readonly List<(TimeSpan At, string Line)> _lines = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Thread _sampler;
    private long _peakKilobytes;

    private CliProcess(string workingDirectory, IReadOnlyDictionary<string, string>? environment, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliHarness.CommandPath);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (_lines)
            {
                _out.AppendLine(e.Data);
                _lines.Add((_clock.Elapsed, e.Data));
            }
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_err)
                {
                    _err.AppendLine(e.Data);
                }
            }
        };
        _sampler = new Thread(Sample) { IsBackground = true, Name = "peak memory" };
        _process.Start();
        _sampler.Start();
        _process.StandardInput.Close();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Pid => _process.Id;

    public string Out
    {
        get
        {
            lock (_lines)
            {
                return _out.ToString();
            }
        }
    }

    public string Err
    {
        get
        {
            lock (_err)
            {
                return _err.ToString();
            }
        }
    }

    /// <summary>The peak resident memory seen, in bytes.</summary>
    public long PeakBytes => Interlocked.Read(ref _peakKilobytes) * 1024;

    public static CliProcess Start(string workingDirectory, params string[] args) => new(workingDirectory, null, args);

    public static CliProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) => new(workingDirectory, environment, args);

    /// <summary>Runs the command to its end (or kills it after the timeout and fails).</summary>
    public static CliProcess Run(string workingDirectory, params string[] args)
    {
        var p = Start(workingDirectory, args);
        p.Wait(TimeSpan.FromMinutes(3));
        return p;
    }

    public int ExitCode => _process.ExitCode;

    /// <summary>Waits for the process to end; kills it and throws if it takes longer than the timeout.</summary>
    public void Wait(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the command did not end within {timeout}: {Out}{Err}");
        }

        _process.WaitForExit();
        _sampler.Join();
    }

    /// <summary>Waits until the process prints a line containing the text, and returns when it did.</summary>
    public TimeSpan WaitForLine(string text, TimeSpan timeout)
    {
        var deadline = _clock.Elapsed + timeout;
        while (_clock.Elapsed < deadline)
        {
            lock (_lines)
            {
                foreach (var (at, line) in _lines)
                {
                    if (line.Contains(text, StringComparison.Ordinal))
                    {
                        return at;
                    }
                }
            }

            if (_process.HasExited)
            {
                // The lines it printed last may still be on their way: wait until its output is read to the end.
                _process.WaitForExit();
                return LineAt(text) ?? throw new TimeoutException($"the command ended without printing '{text}': {Out}{Err}");
            }

            Thread.Sleep(1);
        }

        throw new TimeoutException($"the command did not print '{text}': {Out}{Err}");
    }

    /// <summary>When the process printed the first line containing the text, or null.</summary>
    public TimeSpan? LineAt(string text)
    {
        lock (_lines)
        {
            foreach (var (at, line) in _lines)
            {
                if (line.Contains(text, StringComparison.Ordinal))
                {
                    return at;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Sends a POSIX signal (2 SIGINT, 15 SIGTERM) to the process; false when it had already ended (ESRCH).
    /// </summary>
    public bool Signal(int signal)
    {
        const int noSuchProcess = 3;
        if (Kill(_process.Id, signal) == 0)
        {
            return true;
        }

        var error = Marshal.GetLastPInvokeError();
        return error == noSuchProcess ? false : throw new InvalidOperationException($"kill({_process.Id}, {signal}) failed with error {error}");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Sample()
    {
        var status = $"/proc/{_process.Id.ToString(CultureInfo.InvariantCulture)}/status";
        while (!_process.HasExited)
        {
            try
            {
                foreach (var line in File.ReadLines(status))
                {
                    if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    {
                        var kilobytes = long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
                        if (kilobytes > Interlocked.Read(ref _peakKilobytes))
                        {
                            Interlocked.Exchange(ref _peakKilobytes, kilobytes);
                        }

                        break;
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended between two readings.
            }

            Thread.Sleep(1);
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
