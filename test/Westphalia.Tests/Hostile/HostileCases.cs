using System.Text;
using Westphalia.Scenarios;

namespace Westphalia.Tests.Hostile;

/// <summary>
/// The hostile-input suite: scenario files, <c>--set</c> values, command lines, and damaged run folders and
/// checkpoints, each of which must be refused with exit 2, a message that says where, no stack trace, no folder that
/// looks complete, and under 2 GB of memory (see <see cref="HostileInputTests"/>). A case names the file it writes as
/// <c>h.yaml</c> (or a run folder <c>run</c>), and its command runs in the case's own folder.
/// </summary>
internal static class HostileCases
{
    /// <summary>The world-size cases run as on a machine with 2 GB for the runtime, so they hold on any machine.</summary>
    private static readonly Dictionary<string, string> TwoGigabytes = new() { ["DOTNET_GCHeapHardLimit"] = "0x80000000" };

    private const string Small = "world: { generator: { width: 8, height: 6, states: 3 } }\n";

    public static IReadOnlyList<HostileCase> ScenarioFiles { get; } =
    [
        File("deep-lists", "name: x\nworld: " + new string('[', 40_000), @"h\.yaml:2:\d+: lists and mappings nest more than 64 deep"),
        File("deep-mappings", "name: x\nworld: " + Repeat("{a: ", 20_000), @"h\.yaml:2:\d+: lists and mappings nest more than 64 deep"),
        File("deep-mixed", "name: x\nworld: " + Repeat("[{a: ", 10_000), @"h\.yaml:2:\d+: lists and mappings nest more than 64 deep"),
        File("deep-block-lists", "name: x\nworld:\n" + string.Concat(Enumerable.Range(1, 2_000).Select(i => new string(' ', i) + "-\n")), @"h\.yaml:\d+:\d+: lists and mappings nest more than 64 deep"),
        File("deep-block-mappings", "name: x\nworld:\n" + string.Concat(Enumerable.Range(1, 1_000).Select(i => new string(' ', 2 * i) + "a:\n")), @"h\.yaml:\d+:\d+: lists and mappings nest more than 64 deep"),
        File("alias-bomb", AliasBomb(), @"h\.yaml:\d+:\d+: the file holds more than 2,000,000 values"),
        File("too-many-values", "name: x\nx: [" + Repeat("1,", 2_100_000) + "1]\n", @"h\.yaml:\d+:\d+: the file holds more than 2,000,000 values"),
        Generated("larger-than-32-MiB", path => WriteLarge(path, "name: x\n", 33 << 20), @"h\.yaml: is larger than 32 MiB"),
        File("description-of-1-MiB", "name: x\ndescription: " + new string('d', 1 << 20) + "\n", @"h\.yaml:2:\d+: a value of 1,048,576 characters is longer than the 65,536 allowed"),
        File("description-of-20000-characters", "name: x\ndescription: " + new string('d', 20_000) + "\n", @"h\.yaml:2:\d+: description: 20,000 characters is too long; at most 10,000"),
        File("name-of-300-characters", "name: " + new string('n', 300) + "\n", @"h\.yaml:1:7: name: 300 characters is too long; at most 100"),
        File("name-with-a-path", "name: ../../etc\n", @"h\.yaml:1:7: name: must be non-empty and use only letters"),
        File("key-of-70000-characters", "name: x\n? " + new string('k', 70_000) + "\n: 1\n", @"h\.yaml:2:3: a value of 70,000 characters is longer"),
        File("implicit-key-of-2000-characters", "name: x\n" + new string('k', 2_000) + ": 1\n", @"h\.yaml:2:1: malformed YAML"),
        Bytes("not-utf8", [.. "name: x\n"u8, 0xC3, 0x28, 0xFF], @"h\.yaml: is not UTF-8 text \(at byte 8\)"),
        Bytes("png-image", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52], @"h\.yaml: is not UTF-8 text"),
        Bytes("nul-bytes", [.. "name: x\nyears: 1"u8, 0, 0, 0, .. "\n"u8], @"h\.yaml:2:9: the control character U\+0000 is not allowed in YAML"),
        Bytes("escape-character", [.. "name: x\ndescription: a"u8, 0x1B, .. "[31mred\n"u8], @"h\.yaml:2:15: the control character U\+001B is not allowed in YAML"),
        File("empty", "", @"h\.yaml: the file is empty"),
        File("only-whitespace", "   \n\n\t\n", @"h\.yaml: the file is empty"),
        File("only-comments", "# nothing\n# here\n", @"h\.yaml: the file is empty"),
        File("a-list", "- name: x\n", @"h\.yaml:1:1: a scenario is a YAML mapping"),
        File("a-scalar", "hello\n", @"h\.yaml:1:1: a scenario is a YAML mapping"),
        File("two-documents", "name: x\n---\nname: y\n", @"h\.yaml:3:1: a scenario file holds one YAML document"),
        File("tab-indentation", "name: x\nworld:\n\tgenerator: {}\n", @"h\.yaml:\d+:\d+: malformed YAML"),
        File("unclosed-quote", "name: \"x\nyears: 3\n", @"h\.yaml:\d+:\d+: malformed YAML"),
        File("unclosed-flow", "name: x\nworld: {generator: [\n", @"h\.yaml:\d+:\d+: malformed YAML"),
        File("undefined-alias", "name: x\nyears: *nope\n", @"h\.yaml:\d+:\d+: malformed YAML"),
        File("duplicate-key", "name: x\nyears: 3\nyears: 4\n", @"h\.yaml:\d+:\d+: malformed YAML: Duplicate key"),
        File("mapping-as-key", "name: x\n? {a: 1}\n: 2\n", @"h\.yaml:2:\d+: unknown field"),
        File("unknown-field", "name: x\nyeers: 3\n", @"h\.yaml:2:1: yeers: unknown field 'yeers'; did you mean 'years'"),
        File("thousands-of-unknown-fields", "name: x\n" + string.Concat(Enumerable.Range(0, 200_000).Select(i => $"f{i}: 1\n")), @"h\.yaml:2:1: f0: unknown field(.|\n)*and 199,900 more problems"),
        File("years-not-a-number", "name: x\nyears: ten\n", @"h\.yaml:2:8: years: 'ten' is not a whole number"),
        File("years-zero", "name: x\nyears: 0\n", @"h\.yaml:2:8: years: 0 is out of range"),
        File("years-huge", "name: x\nyears: 99999999999999999999\n", @"h\.yaml:2:8: years: '99999999999999999999' is not a whole number"),
        File("years-null", "name: x\nyears: ~\n", @"h\.yaml:2:8: years: a value is required here"),
        File("start-year-before-1", "name: x\nstart_year: -500\n", @"h\.yaml:2:13: start_year: -500 is out of range; allowed: 1 to 9999"),
        File("run-past-year-9999", "name: x\nstart_year: 9999\nyears: 3\n", @"h\.yaml:3:8: years: a run of 3 years from start_year 9999 would end in 10001"),
        File("seed-negative", "name: x\nseed: -1\n", @"h\.yaml:2:7: seed: '-1' is not a non-negative whole number"),
        File("seed-too-large", "name: x\nseed: 18446744073709551616\n", @"h\.yaml:2:7: seed: '18446744073709551616' is not a non-negative whole number"),
        Generated("import-of-one-endless-line", h => Import(h, "name,population\nState 1," + new string('9', 32 << 20)), @"big\.csv:2:1: a record longer than 65,536 characters"),
        Generated("import-of-one-endless-quoted-cell", h => Import(h, "name,population\nState 1,\"" + Repeat("9\n", 16 << 20)), @"big\.csv:2:1: a record longer than 65,536 characters"),
        Generated("import-of-a-bad-value", h => Import(h, "name,population\nState 1,many\n"), @"big\.csv:2:2: population: 'many' is not a number"),
        File("grid-of-100-million-regions", "name: x\nworld: { generator: { width: 10000, height: 10000, mean_region_population: 100 } }\n", @"h\.yaml:2:\d+: world\.generator: a 10000x10000 grid has 100,000,000 regions; at most 16,777,216"),
        File("grid-of-9-million-regions", "name: x\nworld: { generator: { width: 3000, height: 3000, mean_region_population: 1000 } }\n", @"h\.yaml:2:\d+: world: this world needs about \d+\.\d GiB of memory \(9,000,000 regions", TwoGigabytes),
        File("a-million-states", "name: x\nworld: { generator: { width: 1000, height: 1000, states: 1000000, mean_region_population: 10000 } }\n", @"h\.yaml:2:\d+: world: this world needs about \d+\.\d GiB of memory \(1,000,000 regions, 1,000,000 state slots", TwoGigabytes),
        File("a-long-run-of-many-states", "name: x\nyears: 9000\nstart_year: 1\noutput: { cadence: monthly }\nworld: { generator: { width: 100, height: 100, states: 2000 } }\n", @"h\.yaml:5:\d+: world: this world needs about", TwoGigabytes),
        File("a-world-of-too-many-people", "name: x\nworld: { generator: { width: 1000, height: 1000 } }\n", @"h\.yaml:2:\d+: world\.generator\.mean_region_population: the world would start with about 3,000,\d{3},\d{3},\d{3} people, more than the world population ceiling"),
        File("states-beyond-cells", "name: x\nworld: { generator: { width: 4, height: 4, states: 17 } }\n", @"h\.yaml:2:\d+: world\.generator\.states: 17 states do not fit on a 4x4 grid"),
        File("major-powers-beyond-states", "name: x\nworld: { generator: { states: 3, major_powers: 5 } }\n", @"h\.yaml:2:\d+: world\.generator\.major_powers"),
        File("unknown-topology", "name: x\nworld: { generator: { topology: triangle } }\n", @"h\.yaml:2:\d+: world\.generator\.topology: 'triangle' is not one of: hex, square"),
        File("bool-not-a-bool", "name: x\nworld: { generator: { blocs: maybe } }\n", @"h\.yaml:2:\d+: world\.generator\.blocs: 'maybe' is not true or false"),
        File("nan-coordinate", "name: x\nworld:\n  regions: [ { name: A, owner: S, x: .nan } ]\n  states: [ { name: S, capital: A } ]\n", @"h\.yaml:3:\d+: world\.regions\[0\]\.x: '\.nan' is not a number"),
        File("population-beyond-range", "name: x\nworld:\n  regions: [ { name: A, owner: S, population: 1e30 } ]\n  states: [ { name: S, capital: A } ]\n", @"h\.yaml:3:\d+: world\.regions\[0\]\.population"),
        File("negative-population", "name: x\nworld:\n  regions: [ { name: A, owner: S, population: -100 } ]\n  states: [ { name: S, capital: A } ]\n", @"h\.yaml:3:\d+: world\.regions\[0\]\.population: -100 is out of range"),
        File("unknown-owner", "name: x\nworld:\n  regions: [ { name: A, owner: T } ]\n  states: [ { name: S, capital: A } ]\n", @"h\.yaml:3:\d+: world\.regions\[0\]\.owner: no state is named 'T'"),
        File("capital-of-another-state", "name: x\nworld:\n  regions: [ { name: A, owner: S }, { name: B, owner: T } ]\n  states: [ { name: S, capital: B }, { name: T, capital: B } ]\n", @"h\.yaml:4:\d+: world\.states\[0\]\.capital: the capital 'B' is owned by 'T'"),
        File("duplicate-region", "name: x\nworld:\n  regions: [ { name: A, owner: S }, { name: A, owner: S } ]\n  states: [ { name: S, capital: A } ]\n", @"h\.yaml:3:\d+: world\.regions\[1\]\.name: region name 'A' is used twice"),
        File("unknown-neighbour", "name: x\nworld:\n  regions: [ { name: A, owner: S, neighbours: [Z] } ]\n  states: [ { name: S, capital: A } ]\n", @"h\.yaml:3:\d+: world\.regions\[0\]\.neighbours\[0\]: no region is named 'Z'"),
        File("self-neighbour", "name: x\nworld:\n  regions: [ { name: A, owner: S, neighbours: [A] } ]\n  states: [ { name: S, capital: A } ]\n", @"h\.yaml:3:\d+: world\.regions\[0\]\.neighbours\[0\]: a region cannot neighbour itself"),
        File("generator-and-regions", "name: x\nworld:\n  generator: {}\n  regions: [ { name: A, owner: S } ]\n  states: [ { name: S, capital: A } ]\n", @"h\.yaml:3:\d+: world\.generator: give either a generator or explicit regions"),
        File("alliance-unknown-member", "name: x\n" + Small.TrimEnd('\n', '}') + ", alliances: [ { name: a, members: [Atlantis] } ] }\n", @"h\.yaml:2:\d+: world\.alliances\[0\]\.members\[0\]: no state is named 'Atlantis'"),
        File("alliance-doubled-member", "name: x\n" + Small.TrimEnd('\n', '}') + ", alliances: [ { name: a, members: [State 1, State 1] } ] }\n", @"h\.yaml:2:\d+: world\.alliances\[0\]\.members\[1\]: 'State 1' is listed twice"),
        File("member-of-two-alliances", "name: x\n" + Small.TrimEnd('\n', '}') + ", alliances: [ { name: a, members: [State 1] }, { name: b, members: [State 1] } ] }\n", @"h\.yaml:2:\d+: world\.alliances\[1\]\.members\[0\]: 'State 1' is already a member of alliance 0"),
        File("unknown-default-doctrine", "name: x\ndoctrines: { default: pacifist }\n", @"h\.yaml:2:\d+: doctrines\.default: unknown doctrine 'pacifist'"),
        File("doctrine-for-unknown-state", "name: x\n" + Small + "doctrines: { assignments: { Atlantis: realist } }\n", @"h\.yaml:3:\d+: doctrines\.assignments\.Atlantis: no state is named 'Atlantis'"),
        File("unknown-doctrine-for-a-state", "name: x\n" + Small + "doctrines: { assignments: { State 1: pacifist } }\n", @"h\.yaml:3:\d+: doctrines\.assignments\.State 1: unknown doctrine 'pacifist'"),
        File("script-unknown-state", "name: x\n" + Small + "script: [ { year: 2001, civil_war: Atlantis } ]\n", @"h\.yaml:3:\d+: script\[0\]\.civil_war: no state is named 'Atlantis'"),
        File("script-outside-the-run", "name: x\nyears: 3\n" + Small + "script: [ { year: 1900, civil_war: State 1 } ]\n", @"h\.yaml:4:\d+: script\[0\]\.year: 1900 is outside the run"),
        File("script-month-13", "name: x\n" + Small + "script: [ { year: 2001, month: 13, civil_war: State 1 } ]\n", @"h\.yaml:3:\d+: script\[0\]\.month: 13 is out of range"),
        File("parameter-out-of-range", "name: x\nparameters: { economy: { convergence: 7 } }\n", @"h\.yaml:2:\d+: parameters\.economy\.convergence: 7 is out of range"),
        File("mechanisms-not-a-mapping", "name: x\nmechanisms: [1, 2]\n", @"h\.yaml:2:\d+: mechanisms: expected a mapping of fields"),
        Generated("a-folder", path => Directory.CreateDirectory(path), @"h\.yaml: is a folder, not a scenario file"),
        Special("dev-zero", ["scenario", "validate", "/dev/zero"], @"/dev/zero: is larger than 32 MiB"),
        Special("dev-urandom", ["run", "/dev/urandom", "--out", "run"], @"/dev/urandom: (is not UTF-8 text|is larger than 32 MiB)"),
    ];

    public static IReadOnlyList<HostileCase> Sets { get; } =
    [
        Set("deep-lists", "description=" + new string('[', 40_000), @"--set description=\[\[\[.*\.\.\.: lists and mappings nest more than 64 deep"),
        Set("deep-mappings", "description=" + Repeat("{a: ", 20_000), @"--set description=\{a: .*: lists and mappings nest more than 64 deep"),
        Set("value-of-100-000-characters", "description=" + new string('d', 100_000), @"--set description=ddd.*\.\.\.: a value of 100,000 characters is longer than the 65,536 allowed"),
        Set("no-equals-sign", "years", @"--set years: expected path\.to\.field=value"),
        Set("empty-path", "=3", @"--set =3: expected path\.to\.field=value"),
        Set("unknown-path", "parameters.economy.sped=1", @"--set parameters\.economy\.sped=1: parameters\.economy\.sped: unknown field 'sped'"),
        Set("path-into-a-value", "years.x=1", @"--set years\.x=1: years\.x: unknown field 'x'; 'years' is a value and has no fields"),
        Set("no-such-list-item", "world.regions.5.name=x", @"--set world\.regions\.5\.name=x: world\.regions\[5\]: no list item 5"),
        Set("wrong-type", "years=abc", @"--set years=abc: years: 'abc' is not a whole number"),
        Set("width-out-of-range", "world.generator.width=100000", @"--set world\.generator\.width=100000: world\.generator\.width: 100000 is out of range"),
        Set("name-with-a-slash", "name=a/b", @"--set name=a/b: name: must be non-empty"),
        Set("value-where-a-mapping-is", "world.generator=3", @"--set world\.generator=3: world\.generator: expected a mapping of fields"),
        Set("seed-negative", "seed=-1", @"--set seed=-1: seed: '-1' is not a non-negative whole number"),
        Set("unknown-state", "doctrines.assignments.Gondor=realist", @"--set doctrines\.assignments\.Gondor=realist: doctrines\.assignments\.Gondor: no state is named 'Gondor'"),
        new("set/a-huge-world", ["scenario", "validate", "default", "--set", "world.generator.width=3000", "--set", "world.generator.height=3000", "--set", "world.generator.mean_region_population=1000"], @"world: this world needs about .* \(with --set world\.generator\.width=3000, --set world\.generator\.height=3000, --set world\.generator\.mean_region_population=1000\)", Environment: TwoGigabytes),
    ];

    public static IReadOnlyList<HostileCase> CommandLines { get; } =
    [
        Args("seed-negative", ["run", "default", "--seed", "-1", "--out", "run"], @"--seed -1: give a whole number from 0 to 18446744073709551615"),
        Args("seed-beyond-64-bits", ["run", "default", "--seed", "18446744073709551616", "--out", "run"], @"--seed 18446744073709551616: give a whole number"),
        Args("years-zero", ["run", "default", "--years", "0", "--out", "run"], @"--years 0: give a whole number from 1 to 9999"),
        Args("years-10000", ["run", "default", "--years", "10000", "--out", "run"], @"--years 10000: give a whole number from 1 to 9999"),
        Args("years-past-9999", ["run", "default", "--years", "9000", "--out", "run"], @"--years 9000: years: a run of 9000 years from start_year 2000 would end in 10999"),
        Args("threads-zero", ["run", "default", "--threads", "0", "--out", "run"], @"--threads 0: give a whole number from 1 to 1024"),
        Args("threads-not-a-number", ["run", "default", "--threads", "two", "--out", "run"], @"--threads two: give a whole number"),
        Args("threads-huge", ["run", "default", "--threads", "99999", "--out", "run"], @"--threads 99999: give a whole number from 1 to 1024"),
        Args("checkpoint-every-negative", ["run", "default", "--checkpoint-every", "-1", "--out", "run"], @"--checkpoint-every -1: give a whole number"),
        Args("unknown-option", ["run", "--frob", "--out", "run"], @"unknown option '--frob'"),
        Args("validate-list", ["validate", "--list"], @"unknown option '--list'"),
        Args("unknown-target", ["validate", "nosuch"], @"no validation target is named 'nosuch'"),
        Args("json-in-a-missing-folder", ["validate", "all", "--json", "nowhere/results.json"], @"--json nowhere/results\.json: cannot write \(a folder on the way does not exist\)"),
        Args("json-in-proc", ["validate", "all", "--json", "/proc/results.json"], @"--json /proc/results\.json: cannot write"),
        Args("json-empty", ["validate", "all", "--json", ""], @"--json : cannot write \(not a usable file name\)"),
        Args("missing-scenario", ["run", "nosuch.yaml", "--out", "run"], @"nosuch\.yaml: no such scenario file"),
        Args("empty-scenario-name", ["run", "", "--out", "run"], @"scenario: the scenario file name is empty"),
        Args("empty-out", ["run", "default", "--out", ""], @"--out: the folder name is empty"),
        Args("empty-resume", ["resume", ""], @"resume: the folder name is empty"),
        Args("resume-missing", ["resume", "nowhere"], @"nowhere: no such run folder"),
        Args("unknown-scenario-to-show", ["scenario", "show", "nosuch"], @"nosuch: no such scenario file"),
        Args("unknown-command", ["frobnicate"], @"frobnicate"),
        Args("set-without-value", ["run", "default", "--set"], @"--set"),
        Args("out-through-a-file", ["run", "default", "--out", "afile/run"], @"afile/run: cannot write there", dir => System.IO.File.WriteAllText(Path.Combine(dir, "afile"), "")),
        Args("out-is-a-file", ["run", "default", "--out", "afile"], @"afile: a file of that name exists", dir => System.IO.File.WriteAllText(Path.Combine(dir, "afile"), "")),
        Args("out-in-proc", ["run", "default", "--years", "1", "--out", "/proc/westphalia-run"], @"/proc/westphalia-run: cannot write there"),
        Args("out-name-too-long", ["run", "default", "--years", "1", "--out", new string('o', 5000)], @"o{10}.*: cannot write there \(the name is too long\)"),
        Args("out-onto-a-complete-run", ["run", "default", "--years", "1", "--out", "run"], @"--out run: the folder already holds a complete run", dir => RunFolders.Complete(Path.Combine(dir, "run"))),
        Args("out-onto-other-files", ["run", "default", "--years", "1", "--out", "mine"], @"--out mine: the folder already holds other files", dir => { Directory.CreateDirectory(Path.Combine(dir, "mine")); System.IO.File.WriteAllText(Path.Combine(dir, "mine", "notes.txt"), "keep"); }),
        Args("resume-a-file", ["resume", "afile"], @"afile: a file, not a run folder", dir => System.IO.File.WriteAllText(Path.Combine(dir, "afile"), "")),
        Args("resume-not-a-run", ["resume", "."], @"\.: not a run folder"),
        Args("plugin-missing", ["run", "default", "--plugin", "nowhere.dll", "--out", "run"], @"--plugin nowhere\.dll: no such file"),
        Args("plugin-not-an-assembly", ["run", "default", "--plugin", "fake.dll", "--out", "run"], @"--plugin fake\.dll: not a \.NET assembly", dir => System.IO.File.WriteAllText(Path.Combine(dir, "fake.dll"), "MZ but not really")),
        Args("plugin-without-a-plugin-class", ["run", "default", "--plugin", "Westphalia.Cli.dll", "--out", "run"], @"--plugin Westphalia\.Cli\.dll: holds no public class implementing IWestphaliaPlugin", dir => System.IO.File.Copy(Westphalia.Tests.Cli.CliHarness.CommandPath, Path.Combine(dir, "Westphalia.Cli.dll"))),
        Args("plugin-empty-name", ["run", "default", "--plugin", "", "--out", "run"], @"--plugin: the file name is empty"),
        Args("compare-one-seed", ["compare", "--seeds", "1", "--out", "c"], @"--seeds 1: give a whole number from 2 to 10000"),
        Args("compare-unknown-doctrine", ["compare", "--arms", "realist,pacifist", "--out", "c"], @"--arms: 'pacifist' is neither a doctrine"),
        Args("compare-arm-file-missing", ["compare", "--arms", "nowhere.yaml", "--out", "c"], @"nowhere\.yaml: no such arm file"),
        Args("compare-arm-file-a-folder", ["compare", "--arms", "arms.yaml", "--out", "c"], @"arms\.yaml: a folder, not an arm file", dir => Directory.CreateDirectory(Path.Combine(dir, "arms.yaml"))),
        Args("compare-arm-file-binary", ["compare", "--arms", "arms.yaml", "--out", "c"], @"arms\.yaml: is not UTF-8 text", dir => System.IO.File.WriteAllBytes(Path.Combine(dir, "arms.yaml"), [0xFF, 0xFE, 0x00, 0x41, 0xC3])),
        Args("compare-arm-file-alias-bomb", ["compare", "--arms", "arms.yaml", "--out", "c"], @"arms\.yaml:7:5: the file holds more than 2,000,000 values", dir => System.IO.File.WriteAllText(Path.Combine(dir, "arms.yaml"), "a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]\n")),
        Args("compare-bad-common-change", ["compare", "--set", "years=0", "--out", "c"], @"years.*\(arm 'realist'\)"),
    ];

    public static IReadOnlyList<HostileCase> DamagedRunFolders { get; } =
    [
        Damaged("checkpoint-64-bytes-at-five-places", run => Patch(Path.Combine(run, "checkpoint.bin"), b => { foreach (var at in new[] { 0.1, 0.3, 0.5, 0.7, 0.9 }) { Array.Fill(b, (byte)0x5A, (int)(b.Length * at), 64); } }), @"run/checkpoint\.bin: the checkpoint is damaged"),
        Damaged("checkpoint-five-0xFF-bytes", run => Patch(Path.Combine(run, "checkpoint.bin"), b => { for (var i = 1; i <= 5; i++) { b[b.Length * i / 6] = 0xFF; } }), @"run/checkpoint\.bin: the checkpoint is damaged"),
        Damaged("checkpoint-header-overwritten", run => Patch(Path.Combine(run, "checkpoint.bin"), b => Array.Fill(b, (byte)0xFF, 0, 5)), @"run/checkpoint\.bin: not a Westphalia checkpoint"),
        Damaged("checkpoint-truncated", run => Truncate(Path.Combine(run, "checkpoint.bin")), @"run/checkpoint\.bin: the checkpoint is (truncated|damaged)"),
        Damaged("checkpoint-empty", run => System.IO.File.WriteAllBytes(Path.Combine(run, "checkpoint.bin"), []), @"run/checkpoint\.bin: (the checkpoint is truncated|not a Westphalia checkpoint)"),
        Damaged("checkpoint-random-bytes", run => System.IO.File.WriteAllBytes(Path.Combine(run, "checkpoint.bin"), [.. Enumerable.Range(0, 100_000).Select(i => (byte)((i * 7919) ^ (i >> 3)))]), @"run/checkpoint\.bin: not a Westphalia checkpoint"),
        Damaged("checkpoint-a-folder", run => { System.IO.File.Delete(Path.Combine(run, "checkpoint.bin")); Directory.CreateDirectory(Path.Combine(run, "checkpoint.bin")); }, @"run/checkpoint\.bin: a folder, not a checkpoint"),
        Damaged("checkpoint-dev-zero", run => { System.IO.File.Delete(Path.Combine(run, "checkpoint.bin")); System.IO.File.CreateSymbolicLink(Path.Combine(run, "checkpoint.bin"), "/dev/zero"); }, @"run/checkpoint\.bin: not a Westphalia checkpoint"),
        Damaged("checkpoint-older-format", run => Patch(Path.Combine(run, "checkpoint.bin"), b => b[22] = 5), @"run/checkpoint\.bin: checkpoint format 5; this program reads format 14"),
        Damaged("checkpoint-of-a-reseeded-scenario", run => Replace(Path.Combine(run, "scenario.yaml"), "seed: 5", "seed: 6"), @"run/checkpoint\.bin: the checkpoint was made from a different scenario"),
        Damaged("scenario-deeply-nested", run => System.IO.File.WriteAllText(Path.Combine(run, "scenario.yaml"), "name: x\nworld: " + new string('[', 40_000)), @"run/scenario\.yaml:2:\d+: lists and mappings nest more than 64 deep"),
        Damaged("scenario-of-a-huge-world", run => { Replace(Path.Combine(run, "scenario.yaml"), "width: 8", "width: 3000"); Replace(Path.Combine(run, "scenario.yaml"), "height: 6", "height: 3000"); Replace(Path.Combine(run, "scenario.yaml"), "mean_region_population: 3000000", "mean_region_population: 1000"); }, @"run/scenario\.yaml:\d+:\d+: world: this world needs about", TwoGigabytes),
        Damaged("scenario-removed", run => System.IO.File.Delete(Path.Combine(run, "scenario.yaml")), @"run: not a run folder \(it has no scenario\.yaml\)"),
        Damaged("scenario-not-utf8", run => System.IO.File.WriteAllBytes(Path.Combine(run, "scenario.yaml"), [0xFF, 0xFE, 0xFD]), @"run/scenario\.yaml: is not UTF-8 text"),
        Damaged("options-not-json", run => System.IO.File.WriteAllText(Path.Combine(run, "run.json"), "{ checkpoint_every_years: "), @"run/run\.json: not valid run options"),
        Damaged("options-negative-interval", run => System.IO.File.WriteAllText(Path.Combine(run, "run.json"), "{ \"checkpoint_every_years\": -5 }"), @"run/run\.json: checkpoint_every_years must be a whole number from 0 to 9999"),
        Damaged("options-huge", run => System.IO.File.WriteAllText(Path.Combine(run, "run.json"), "{\"checkpoint_every_years\": 1, \"x\": \"" + new string('x', 1 << 20) + "\"}"), @"run/run\.json: larger than 64 KiB"),
        Damaged("options-dev-zero", run => { System.IO.File.Delete(Path.Combine(run, "run.json")); System.IO.File.CreateSymbolicLink(Path.Combine(run, "run.json"), "/dev/zero"); }, @"run/run\.json: larger than 64 KiB"),
    ];

    public static IReadOnlyList<HostileCase> All => [.. ScenarioFiles, .. Sets, .. CommandLines, .. DamagedRunFolders];

    private static HostileCase File(string name, string yaml, string expect, IReadOnlyDictionary<string, string>? environment = null) =>
        new($"file/{name}", ["run", "h.yaml", "--out", "run"], expect, dir => System.IO.File.WriteAllText(Path.Combine(dir, "h.yaml"), yaml), environment);

    private static HostileCase Bytes(string name, byte[] bytes, string expect) =>
        new($"file/{name}", ["scenario", "validate", "h.yaml"], expect, dir => System.IO.File.WriteAllBytes(Path.Combine(dir, "h.yaml"), bytes));

    /// <summary>A scenario importing a file of state attributes, big.csv, beside it.</summary>
    private static void Import(string scenario, string csv)
    {
        System.IO.File.WriteAllText(scenario, "name: x\nyears: 1\nworld:\n  generator: { width: 8, height: 6, states: 3 }\n  imports:\n    - { attributes: big.csv }\n");
        System.IO.File.WriteAllText(Path.Combine(Path.GetDirectoryName(scenario)!, "big.csv"), csv);
    }

    private static HostileCase Generated(string name, Action<string> make, string expect) =>
        new($"file/{name}", ["run", "h.yaml", "--out", "run"], expect, dir => make(Path.Combine(dir, "h.yaml")));

    private static HostileCase Special(string name, string[] args, string expect) => new($"file/{name}", args, expect);

    private static HostileCase Set(string name, string assignment, string expect) =>
        new($"set/{name}", ["run", "default", "--set", assignment, "--out", "run"], expect);

    private static HostileCase Args(string name, string[] args, string expect, Action<string>? setup = null) => new($"args/{name}", args, expect, setup);

    /// <summary>An unfinished run folder <c>run</c> (a checkpoint at month 17 of a small world), harmed, then resumed.</summary>
    private static HostileCase Damaged(string name, Action<string> harm, string expect, IReadOnlyDictionary<string, string>? environment = null) =>
        new($"folder/{name}", ["resume", "run"], expect, dir =>
        {
            var run = Path.Combine(dir, "run");
            RunFolders.Unfinished(run);
            harm(run);
        }, environment);

    private static void Patch(string path, Action<byte[]> change)
    {
        var bytes = System.IO.File.ReadAllBytes(path);
        change(bytes);
        System.IO.File.WriteAllBytes(path, bytes);
    }

    private static void Truncate(string path)
    {
        var bytes = System.IO.File.ReadAllBytes(path);
        System.IO.File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
    }

    private static void Replace(string path, string from, string to)
    {
        var text = System.IO.File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        System.IO.File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static void WriteLarge(string path, string head, long bytes)
    {
        using var stream = System.IO.File.Create(path);
        stream.Write(Encoding.UTF8.GetBytes(head));
        var line = Encoding.UTF8.GetBytes("# " + new string('x', 1021) + "\n");
        for (long written = head.Length; written < bytes; written += line.Length)
        {
            stream.Write(line);
        }
    }

    /// <summary>Nine levels of ten aliases each: 10^10 values once expanded, in a file of a few hundred bytes.</summary>
    private static string AliasBomb()
    {
        var yaml = new StringBuilder("name: x\nbomb:\n  l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var level = 1; level <= 9; level++)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"  l{level}: &l{level} [{string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 10))}]\n");
        }

        return yaml.ToString();
    }

    /// <summary>Run folders the cases start from, made in-process.</summary>
    private static class RunFolders
    {
        private static readonly string[] Scenario =
        [
            "world.generator.width=8", "world.generator.height=6", "world.generator.states=3", "years=3", "seed=5",
        ];

        public static void Complete(string folder) =>
            Assert.Equal(0, Westphalia.Tests.Cli.CliHarness.Run(["run", "default", "--out", folder, "--quiet", .. Scenario.SelectMany(s => new[] { "--set", s })]).Code);

        public static void Unfinished(string folder)
        {
            var scenario = ScenarioLoader.Load("default", Scenario);
            var simulation = new Simulation(scenario);
            for (var t = 0; t < 17; t++)
            {
                simulation.Step();
            }

            Directory.CreateDirectory(folder);
            System.IO.File.WriteAllText(Path.Combine(folder, "scenario.yaml"), ScenarioWriter.ToYaml(scenario));
            System.IO.File.WriteAllText(Path.Combine(folder, "run.json"), "{\n  \"checkpoint_every_years\": 0\n}\n");
            using var stream = System.IO.File.Create(Path.Combine(folder, "checkpoint.bin"));
            simulation.Save(stream);
        }
    }
}
