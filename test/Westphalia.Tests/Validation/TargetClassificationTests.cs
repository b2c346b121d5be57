using System.Text.RegularExpressions;
using Westphalia.Validation;

namespace Westphalia.Tests.Validation;

public class TargetClassificationTests
{
    [Fact]
    public void Every_target_has_its_figures_classified_and_the_docs_say_the_same()
    {
        // Every target's figures are named after it: the target itself or NAME/figure.
        foreach (var target in ValidationCatalog.Targets)
        {
            Assert.Contains(TargetClassification.Names, n => n == target.Name || n.StartsWith(target.Name + "/", StringComparison.Ordinal));
        }

        // docs/VALIDATION.md lists each figure once with the same kind.
        var doc = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "VALIDATION.md"));
        var section = doc[doc.IndexOf("## Two kinds of target", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        var rows = Regex.Matches(section, @"^\| `([a-z0-9/-]+)` \| (calibration|validation) \|", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.Equal(TargetClassification.Names.Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        foreach (var name in TargetClassification.Names)
        {
            Assert.Equal(TargetClassification.Of(name).Kind == TargetKind.Validation ? "validation" : "calibration", rows[name]);
        }

        Assert.Throws<KeyNotFoundException>(() => TargetClassification.Of("no-such-figure"));

        // A target's figures are all of one kind, so that 'validate validation' and 'validate calibration' split the targets.
        foreach (var target in ValidationCatalog.Targets)
        {
            var kinds = TargetClassification.Names.Where(n => n == target.Name || n.StartsWith(target.Name + "/", StringComparison.Ordinal)).Select(n => TargetClassification.Of(n).Kind).Distinct();
            Assert.Single(kinds);
        }
    }

    [Theory]
    [InlineData(1.40, 1.70, 0.50, true)]
    [InlineData(1.55, 2.48, 0.50, false)] // 1.53 outside the interval
    [InlineData(1.40, 1.70, 0.01, false)] // the power law rejected
    [InlineData(1.40, 1.70, 0.10, false)] // p = 0.1 rejects (CSN: p <= 0.1)
    [InlineData(1.53, 1.53, 0.11, true)]
    public void War_severity_holds_only_with_the_published_exponent_in_the_interval_and_the_law_not_rejected(double lower, double upper, double p, bool holds) =>
        Assert.Equal(holds, WarSeverityTarget.Holds(lower, upper, p));
}
