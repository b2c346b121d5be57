namespace Westphalia.Parameters;

/// <summary>How fast an Interpol notice travels from the state that issues it to the members that receive it.</summary>
public enum InterpolEra
{
    /// <summary>Before the internet: notices are printed and mailed, and arrive <c>letter_latency_months</c> after they are issued.</summary>
    Letters,

    /// <summary>Since the internet (Interpol's I-24/7 network, 2002): notices arrive in the month they are issued.</summary>
    Internet,
}
