using System.ComponentModel.DataAnnotations;

namespace Westphalia.Server.Components.Pages;

/// <summary>The fields of the sign-in form.</summary>
public sealed class SignInForm
{
    [Required]
    [EmailAddress]
    public string Email { get; set; } = "";

    [Required]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";
}
