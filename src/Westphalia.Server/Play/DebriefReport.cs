using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Westphalia.Classroom;
using Westphalia.Server.Data;

namespace Westphalia.Server.Play;

/// <summary>
/// What the debrief page and its CSV show of a game: the engine's <see cref="Debrief"/>, each team's state at the
/// start, and each team's <see cref="TeamGrade"/> under the game's state-security weight.
/// </summary>
public sealed class DebriefReport
{
    private DebriefReport(Debrief debrief, bool finished, int turns, IReadOnlyList<string> teams, IReadOnlyList<TeamStart> starts, double weight)
    {
        Debrief = debrief;
        Finished = finished;
        Turns = turns;
        TeamNames = teams;
        Starts = starts;
        StateSecurityWeight = weight;
        Grades = [.. teams.Select(t => GradeOf(t, starts.First(s => s.Team == t)))];
    }

    /// <summary>The engine's debrief of the resolved turns.</summary>
    public Debrief Debrief { get; }

    /// <summary>Whether the game is over.</summary>
    public bool Finished { get; }

    /// <summary>The number of turns in the game.</summary>
    public int Turns { get; }

    /// <summary>The teams, in the game's order.</summary>
    public IReadOnlyList<string> TeamNames { get; }

    /// <summary>Each team's state at the start, in the game's order of teams.</summary>
    public IReadOnlyList<TeamStart> Starts { get; }

    /// <summary>The weight w of state security in a grade.</summary>
    public double StateSecurityWeight { get; }

    /// <summary>Each team's grade, in the game's order of teams.</summary>
    public IReadOnlyList<TeamGrade> Grades { get; }

    /// <summary>The report of a game, or null when there is no such game.</summary>
    public static async Task<DebriefReport?> LoadAsync(GameHost host, ClassroomDbContext db, int gameId, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(db);
        var weight = await db.Games.Where(g => g.Id == gameId).Select(g => (double?)g.StateSecurityWeight).FirstOrDefaultAsync(cancellation).ConfigureAwait(false);
        if (weight is null)
        {
            return null;
        }

        return await host.ReadAsync(
            gameId,
            game =>
            {
                var starts = game.Teams.Select(team => game.StartOf(team) is var (regions, population) ? new TeamStart(team, regions, population) : null!).ToList();
                return new DebriefReport(Debrief.Of(game), game.IsFinished, game.Turns, [.. game.Teams], starts, Math.Clamp(weight.Value, 0, 1));
            },
            cancellation).ConfigureAwait(false);
    }

    /// <summary>The team's outcome after the last resolved turn, or null before the first.</summary>
    public StateOutcome? Last(string team) => Debrief.Teams.LastOrDefault(t => t.Team == team);

    /// <summary>The team's outcome after the first turn, or null before it.</summary>
    public StateOutcome? First(string team) => Debrief.Teams.FirstOrDefault(t => t.Team == team);

    private TeamGrade GradeOf(string team, TeamStart start)
    {
        var last = Last(team);
        if (last is null)
        {
            return new TeamGrade(team, double.NaN, double.NaN, double.NaN);
        }

        var finals = TeamNames.Select(Last).OfType<StateOutcome>().OrderByDescending(o => o.MilitaryCapability).ToList();
        var rank = finals.FindIndex(o => o.Team == team);
        var force = finals.Count <= 1 ? 1.0 : 1.0 - ((double)rank / (finals.Count - 1));
        var alive = last.Alive ? 1.0 : 0.0;
        var territory = start.Regions == 0 ? alive : Math.Min(1.0, (double)last.Regions / start.Regions);
        var state = (alive + territory + force) / 3;
        var hsi = last.Alive ? Math.Clamp(last.Scores.Index, 0, 1) : 0;
        var life = last.Alive ? Math.Clamp(0.5 + (0.1 * (last.Scores.LifeExpectancy - First(team)!.Scores.LifeExpectancy)), 0, 1) : 0;
        var turns = Debrief.Teams.Where(t => t.Team == team).ToList();
        var peace = (double)turns.Count(t => t.ViolentDeaths == 0) / turns.Count;
        var human = (hsi + life + peace) / 3;
        var w = StateSecurityWeight;
        return new TeamGrade(team, state, human, (w * state) + ((1 - w) * human));
    }

    /// <summary>The engine's debrief CSV (<see cref="Debrief.ToCsv"/>) with the team's grade appended to each row: <c>state_score</c>, <c>human_score</c>, <c>grade</c>.</summary>
    public string ToCsv()
    {
        var inv = CultureInfo.InvariantCulture;
        var lines = Debrief.ToCsv().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var csv = new StringBuilder().Append(lines[0]).Append(",state_score,human_score,grade\n");
        string N(double x) => double.IsNaN(x) ? "" : x.ToString("R", inv);
        for (var i = 1; i < lines.Length; i++)
        {
            var grade = Grades.First(g => g.Team == Debrief.Teams[i - 1].Team);
            csv.Append(lines[i]).Append(',').Append(N(grade.State)).Append(',').Append(N(grade.Human)).Append(',').Append(N(grade.Grade)).Append('\n');
        }

        return csv.ToString();
    }
}
