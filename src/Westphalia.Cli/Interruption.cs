using System.Runtime.InteropServices;

namespace Westphalia.Cli;

/// <summary>
/// SIGINT (Ctrl-C), SIGTERM (what timeout, Docker, Slurm and Kubernetes send) and SIGHUP (a closed terminal) ask the
/// program to stop: the first one cancels <see cref="Token"/>, so the run writes a checkpoint of the tick it reached,
/// leaves every file complete or absent, says how to resume and exits with 128 + the signal's number. A second
/// signal is not caught: the system's default action stops the process at once (files are still never half-written,
/// as each is renamed into place only when complete).
/// </summary>
internal sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _signal;

    public Interruption()
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGHUP, OnSignal),
        ];
    }

    public CancellationToken Token => _source.Token;

    /// <summary>The signal received, as the shell names it.</summary>
    public string SignalName => (PosixSignal)_signal switch
    {
        PosixSignal.SIGTERM => "SIGTERM",
        PosixSignal.SIGHUP => "SIGHUP",
        _ => "SIGINT",
    };

    /// <summary>128 plus the signal's number, as a shell reports a process stopped by it.</summary>
    public int ExitCode => (PosixSignal)_signal switch
    {
        PosixSignal.SIGTERM => ExitCodes.Terminated,
        PosixSignal.SIGHUP => ExitCodes.HungUp,
        _ => ExitCodes.Interrupted,
    };

    private void OnSignal(PosixSignalContext context)
    {
        if (Interlocked.CompareExchange(ref _signal, (int)context.Signal, 0) == 0)
        {
            context.Cancel = true;
            _source.Cancel();
        }
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _source.Dispose();
    }
}
