namespace Westphalia.Scenarios.Imports;

/// <summary>The problems found in the imported files, each with its file, line, column and column name; the first <see cref="ScenarioBinder.MaxErrors"/> kept.</summary>
internal sealed class ImportErrors
{
    private readonly List<ScenarioError> _errors = [];
    private int _unreported;

    public int Count => _errors.Count + _unreported;

    public void Add(string file, int line, int column, string field, string message)
    {
        if (_errors.Count >= ScenarioBinder.MaxErrors)
        {
            _unreported++;
            return;
        }

        _errors.Add(new ScenarioError(file, line, column, field, message));
    }

    public void Add(ImportCell cell, string message) => Add(cell.File, cell.Line, cell.Column, cell.Field, message);

    /// <summary>A file of yearly rows has none for the year asked; says which years it covers (<paramref name="first"/> &gt; <paramref name="last"/>: no rows).</summary>
    public void NoRowForYear(string file, int year, int first, int last)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var covers = first <= last ? $"its rows are of {first.ToString(inv)} to {last.ToString(inv)}" : "it has no rows";
        Add(file, 0, 0, "year", $"no row for the year {year.ToString(inv)}; {covers}");
    }

    /// <summary>Throws a <see cref="ScenarioException"/> listing every problem, if there is any.</summary>
    public void ThrowIfAny(string source)
    {
        if (Count == 0)
        {
            return;
        }

        IReadOnlyList<ScenarioError> errors = _unreported == 0 ? _errors : [.. _errors, new ScenarioError(source, 0, 0, "", $"and {_unreported:N0} more problems")];
        throw new ScenarioException(errors);
    }
}
