using Westphalia.Conflict;

namespace Westphalia.Metrics;

/// <summary>
/// The militarised disputes of a run in the layout of the COW Militarized Interstate Dispute participant-level data
/// (MIDB 5.0; Palmer et al. 2022): one row per participant of every interstate war of the model that stayed below COW's
/// war threshold of 1,000 battle deaths (those above are in the war list, <see cref="WarListWriter"/>), with MIDB's 19
/// columns in MIDB's order and then <c>statename</c>, the participant's name, which MIDB does not have. Every such war
/// is a use of force (hostility level 4): its states fought battles with their regular forces. Codes the model cannot
/// know are −9; the day of a month is always −9, the model counting months.
/// </summary>
public static class DisputeListWriter
{
    /// <summary>MIDB's highest action "attack" (16): regular armed forces firing on another state's forces or territory.</summary>
    public const int Attack = 16;

    /// <summary>MIDB's hostility level "use of force" (4); 5 (war) needs 1,000 battle deaths.</summary>
    public const int UseOfForce = 4;

    /// <summary>MIDB's revision type "territory" (1).</summary>
    public const int Territory = 1;

    /// <summary>The version of the MID data whose layout is written (<c>version</c>): 5.</summary>
    public const int Version = 5;

    public static Table Build(WarRegistry wars, World world, int startYear)
    {
        ArgumentNullException.ThrowIfNull(wars);
        ArgumentNullException.ThrowIfNull(world);
        var table = new Table("disputes",
        [
            ("dispnum", ColumnKind.Int), ("stabb", ColumnKind.Text), ("ccode", ColumnKind.Int),
            ("stday", ColumnKind.Int), ("stmon", ColumnKind.Int), ("styear", ColumnKind.Int),
            ("endday", ColumnKind.Int), ("endmon", ColumnKind.Int), ("endyear", ColumnKind.Int),
            ("sidea", ColumnKind.Int), ("revstate", ColumnKind.Int), ("revtype1", ColumnKind.Int), ("revtype2", ColumnKind.Int),
            ("fatality", ColumnKind.Int), ("fatalpre", ColumnKind.Long), ("hiact", ColumnKind.Int), ("hostlev", ColumnKind.Int),
            ("orig", ColumnKind.Int), ("version", ColumnKind.Int), ("statename", ColumnKind.Text),
        ],
        nullable: ["stabb"]);
        var states = world.States;
        foreach (var war in WarListWriter.Listed(wars).Where(w => !WarListWriter.IsWar(w)))
        {
            foreach (var p in war.Participants)
            {
                var held = FieldCodes.HeldAt(states, p.State, p.JoinTick);
                table["dispnum"].Ints.Add(war.Id + 1);
                table["stabb"].Add(held && states.CowAbbreviation[p.State].Length > 0 ? states.CowAbbreviation[p.State] : null);
                table["ccode"].Ints.Add(FieldCodes.CowCode(states, p.State, p.JoinTick) ?? FieldCodes.Unknown);
                table["stday"].Ints.Add(FieldCodes.Unknown);
                table["stmon"].Ints.Add(WarListWriter.Month(p.JoinTick));
                table["styear"].Ints.Add(ViolenceEventWriter.Year(p.JoinTick, startYear));
                var end = war.IsOngoing ? -1 : Math.Min(Math.Max(p.LastBattleTick, p.JoinTick), war.EndTick);
                table["endday"].Ints.Add(FieldCodes.Unknown);
                table["endmon"].Ints.Add(end < 0 ? FieldCodes.Unknown : WarListWriter.Month(end));
                table["endyear"].Ints.Add(end < 0 ? FieldCodes.Unknown : ViolenceEventWriter.Year(end, startYear));
                table["sidea"].Ints.Add(p.Side == 1 ? 1 : 0);

                // The initiator fought to take regions; the states of the other side defended theirs; what a state
                // that joined the initiator's side wanted, the model does not say.
                var revisionist = p.Initiator ? 1 : p.Side != 1 ? 0 : FieldCodes.Unknown;
                table["revstate"].Ints.Add(revisionist);
                table["revtype1"].Ints.Add(revisionist switch { 1 => Territory, 0 => 0, _ => FieldCodes.Unknown });
                table["revtype2"].Ints.Add(revisionist >= 0 ? 0 : FieldCodes.Unknown);
                table["fatality"].Ints.Add(FieldCodes.FatalityLevel(p.BattleDeaths));
                table["fatalpre"].Longs.Add(p.BattleDeaths);
                table["hiact"].Ints.Add(Attack);
                table["hostlev"].Ints.Add(UseOfForce);
                table["orig"].Ints.Add(p.JoinTick <= war.StartTick ? 1 : 0);
                table["version"].Ints.Add(Version);
                table["statename"].Texts.Add(p.Name);
            }
        }

        return table;
    }
}
