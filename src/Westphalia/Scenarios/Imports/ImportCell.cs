using System.Globalization;

namespace Westphalia.Scenarios.Imports;

/// <summary>One cell of an imported file: its text (trimmed), where it is (1-based line and column) and its column's name.</summary>
internal readonly record struct ImportCell(string File, int Line, int Column, string Field, string Text)
{
    public bool IsEmpty => Text.Length == 0;

    /// <summary>The text as the messages quote it.</summary>
    public string Quoted => $"'{ScenarioLoader.Shorten(Text)}'";

    /// <summary>The cell as a number, or an error when it is not a finite one.</summary>
    public bool TryNumber(ImportErrors errors, out double value)
    {
        if (double.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
        {
            return true;
        }

        errors.Add(this, $"{Quoted} is not a number");
        return false;
    }

    /// <summary>The cell as a whole number from <paramref name="min"/> to <paramref name="max"/>, or an error naming <paramref name="what"/>.</summary>
    public bool TryWhole(ImportErrors errors, int min, int max, string what, out int value)
    {
        if (!int.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            errors.Add(this, $"{Quoted} is not {what}");
            return false;
        }

        if (value < min || value > max)
        {
            errors.Add(this, $"{value.ToString(CultureInfo.InvariantCulture)} is out of range for {what}; allowed: {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
            return false;
        }

        return true;
    }
}
