namespace Westphalia.Events;

/// <summary>A major power starts arming a side in a civil war (state: the patron; value: the state at war).</summary>
public sealed record ProxySupport(int Tick, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "proxy_support";
}
