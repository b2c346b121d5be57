namespace Westphalia.Server.Components.Pages;

/// <summary>The fields of the join form: the code, and the new account's email and password (ignored when signed in).</summary>
public sealed class JoinForm
{
    public string? Code { get; set; }

    public string? Email { get; set; }

    public string? Password { get; set; }
}
