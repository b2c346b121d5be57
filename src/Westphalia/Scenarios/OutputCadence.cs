namespace Westphalia.Scenarios;

public enum OutputCadence
{
    Yearly,
    Monthly,
}
