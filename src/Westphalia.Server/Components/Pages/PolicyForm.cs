namespace Westphalia.Server.Components.Pages;

/// <summary>The dashboard's <c>policy</c> form: the missing-orders policy (<c>computer</c>, <c>repeat_last</c>, <c>instructor</c>).</summary>
public sealed class PolicyForm
{
    public string Value { get; set; } = "";
}
