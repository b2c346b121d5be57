namespace Westphalia.Classroom;

/// <summary>A game's log could not be replayed: <see cref="Turn"/> is the first turn at fault.</summary>
public sealed class GameReplayException : Exception
{
    public GameReplayException(int turn, string message)
        : base(message)
    {
        Turn = turn;
    }

    public GameReplayException()
    {
    }

    public GameReplayException(string message)
        : base(message)
    {
    }

    public GameReplayException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Turn { get; }
}
