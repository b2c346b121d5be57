using System.IO.Hashing;
using System.Runtime.CompilerServices;
using Westphalia.Conflict;
using Westphalia.Events;
using Westphalia.Mechanisms;
using Westphalia.Metrics;
using Westphalia.Scenarios;

namespace Westphalia.Tests.Metrics;

/// <summary>
/// Mechanism state is checkpointed one way: each checkpointed mechanism's state object, written and read whole by
/// <see cref="CheckpointCodec"/>. These tests check that nothing a checkpoint must carry is lost on the way (a state
/// read back writes the same bytes) and that bytes which are not a state this program wrote are refused.
/// </summary>
public class CheckpointCodecTests
{
    /// <summary>The built-in scenarios with war, cold war and civil war, run long enough that every mechanism has state.</summary>
    public static TheoryData<string, int> Scenarios => new()
    {
        { "default", 20 * 12 + 5 },
        { "cold-war", 15 * 12 + 7 },
        { "civil-war", 8 * 12 + 3 },
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void A_restored_simulation_saves_the_bytes_it_was_restored_from_and_carries_on_to_the_same_bytes(string name, int ticks)
    {
        var scenario = ScenarioLoader.Load(name);
        var first = new Simulation(scenario);
        for (var t = 0; t < ticks; t++)
        {
            first.Step();
        }

        var saved = Save(first);
        var second = new Simulation(scenario);
        second.Restore(new MemoryStream(saved));
        Assert.Equal(saved, Save(second));

        for (var t = 0; t < 14; t++)
        {
            first.Step();
            second.Step();
        }

        Assert.Equal(Save(first), Save(second));
    }

    [Fact]
    public void The_states_checked_hold_wars_civil_wars_networks_and_resolutions()
    {
        // What the round trip above covers: state in every mechanism that has some, not empty lists.
        var sim = new Simulation(ScenarioLoader.Load("default"));
        for (var t = 0; t < 20 * 12 + 5; t++)
        {
            sim.Step();
        }

        Assert.NotEmpty(sim.War.Wars.Wars);
        Assert.Contains(sim.War.Wars.Wars, w => w.Participants.Count > 2);
        Assert.NotEmpty(sim.CivilWar.Conflicts);
        Assert.NotEmpty(sim.Observer<Westphalia.Observers.CountryYearsObserver>().Rows);
        Assert.NotEmpty(sim.Threats.Networks);
        Assert.Contains(sim.Threats.Networks, n => n.Attacks > 0);
        Assert.NotEmpty(sim.Threats.Interpol.Notices);
        Assert.Contains(true, sim.UnitedNations.Permanent);
        Assert.NotEmpty(sim.WarEffects.Displacement);
    }

    [Fact]
    public void The_same_state_gives_the_same_bytes()
    {
        var scenario = ScenarioLoader.Load("civil-war");
        var a = new Simulation(scenario);
        var b = new Simulation(scenario);
        for (var t = 0; t < 8 * 12 + 3; t++)
        {
            a.Step();
            b.Step();
        }

        Assert.Equal(Save(a), Save(b));
    }

    [Fact]
    public void A_checkpoint_with_one_byte_flipped_in_a_mechanism_state_is_refused()
    {
        var sim = RunDefault(3 * 12);
        var bytes = Save(sim);
        var (start, length) = LastState(sim, bytes);
        bytes[start + (length / 2)] ^= 0x10;
        var e = Assert.Throws<InvalidDataException>(() => new Simulation(sim.Scenario).Restore(new MemoryStream(bytes)));
        Assert.Contains("checksum", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_crafted_checkpoint_with_a_valid_checksum_and_a_huge_list_length_is_refused_without_allocating_it()
    {
        // Transnational threats' state: its first member, the list of networks, starts with its count.
        var sim = RunDefault(3 * 12);
        var bytes = Save(sim);
        var (start, _) = LastState(sim, bytes);
        BitConverter.TryWriteBytes(bytes.AsSpan(start + 4 + 1), 0x7FFF_FFF0);
        Rechecksum(bytes);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<InvalidDataException>(() => new Simulation(sim.Scenario).Restore(new MemoryStream(bytes)));
        Assert.Contains(nameof(TransnationalThreatsState), e.Message, StringComparison.Ordinal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 64L * bytes.Length, "the list's claimed length was believed");
    }

    [Fact]
    public void A_state_whose_arrays_do_not_fit_the_world_is_refused()
    {
        var small = new Simulation(TestWorlds.Grid(states: 6));
        var large = new Simulation(TestWorlds.Grid(states: 8));
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            ((ICheckpointed)large.CivilWar).Save(writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var e = Assert.Throws<InvalidDataException>(() => ((ICheckpointed)small.CivilWar).Load(reader));
        Assert.Contains("where the world has", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_state_is_refused()
    {
        var sim = new Simulation(TestWorlds.Grid());
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            ((ICheckpointed)sim.UnitedNations).Save(writer);
        }

        using var reader = new BinaryReader(new MemoryStream(stream.ToArray()[..^3]));
        Assert.Throws<InvalidDataException>(() => ((ICheckpointed)sim.UnitedNations).Load(reader));
    }

    [Fact]
    public void Events_awaiting_the_Council_round_trip_as_the_records_they_were()
    {
        var state = new UnitedNationsState
        {
            Permanent = [true, false],
            TermEnds = [-1, 24],
            LastTermEnded = [0, 0],
            Happened =
            [
                new WarStarted(3, 1, 17, 0, "State 2 attacks State 1"),
                new MassAtrocity(4, 0, -1, 1250.5, "the government of State 1 kills civilians", true),
                new CivilWarEnded(5, 1, 9, 2, "a civil war ends"),
            ],
        };
        var bytes = Write(state);
        var read = CheckpointCodec.Read(new BinaryReader(new MemoryStream(bytes)), state);
        Assert.Equal(state.Happened, read.Happened);
        Assert.Equal(bytes, Write(read));
    }

    [Fact]
    public void Records_copied_as_bytes_hold_no_padding()
    {
        // MemoryPack copies structs without references as they lie in memory, padding included; packed, they have none.
        Assert.Equal((4 * 5) + 8 + 1, Unsafe.SizeOf<TerrorAttack>());
        Assert.Equal((4 * 5) + 8, Unsafe.SizeOf<InterpolNotice>());
    }

    private static Simulation RunDefault(int ticks)
    {
        var sim = new Simulation(TestWorlds.Grid(30, 20, 12, seed: 3, years: 10));
        for (var t = 0; t < ticks; t++)
        {
            sim.Step();
        }

        return sim;
    }

    private static byte[] Save(Simulation sim)
    {
        using var stream = new MemoryStream();
        sim.Save(stream);
        return stream.ToArray();
    }

    private static byte[] Write<T>(T state)
        where T : class
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            CheckpointCodec.Write(writer, state);
        }

        return stream.ToArray();
    }

    /// <summary>Where Transnational threats' state lies in a checkpoint: the bytes it writes, found once in the checkpoint.</summary>
    private static (int Start, int Length) LastState(Simulation sim, byte[] checkpoint)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            ((ICheckpointed)sim.Threats).Save(writer);
        }

        var state = stream.ToArray();
        var start = checkpoint.AsSpan().IndexOf(state);
        Assert.True(start >= 0, "the checkpoint holds the state");
        Assert.Equal(-1, checkpoint.AsSpan(start + 1).IndexOf(state));
        return (start, state.Length);
    }

    private static void Rechecksum(byte[] checkpoint)
    {
        var body = checkpoint.AsSpan(0, checkpoint.Length - CheckpointChecksum.Size);
        XxHash128.Hash(body, checkpoint.AsSpan(body.Length));
    }
}
