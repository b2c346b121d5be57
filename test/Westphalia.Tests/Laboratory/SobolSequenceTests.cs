using Westphalia.Laboratory;

namespace Westphalia.Tests.Laboratory;

public class SobolSequenceTests
{
    [Fact]
    public void The_first_points_are_those_of_Joe_and_Kuos_sequence()
    {
        // Joe & Kuo's generator (sobol.cc with new-joe-kuo-6.21201) prints these first points in three dimensions.
        var points = SobolSequence.Points(8, 3);
        double[][] expected =
        [
            [0, 0, 0], [0.5, 0.5, 0.5], [0.75, 0.25, 0.25], [0.25, 0.75, 0.75],
            [0.375, 0.375, 0.625], [0.875, 0.875, 0.125], [0.625, 0.125, 0.875], [0.125, 0.625, 0.375],
        ];
        Assert.Equal(expected, points);
    }

    [Fact]
    public void The_first_two_to_the_m_points_put_one_point_in_each_of_two_to_the_m_intervals_of_every_dimension()
    {
        foreach (var m in new[] { 1, 4, 7, 10 })
        {
            var n = 1 << m;
            var points = SobolSequence.Points(n, SobolSequence.MaxDimensions);
            for (var d = 0; d < SobolSequence.MaxDimensions; d++)
            {
                Assert.Equal(Enumerable.Range(0, n), points.Select(p => (int)(p[d] * n)).Order());
            }
        }
    }

    [Theory]
    [InlineData(37, new uint[] { 2751463424, 2483027968, 738197504, 1543503872, 3556769792, 2617245696, 1543503872, 2885681152 })]
    [InlineData(500, new uint[] { 276824064, 1484783616, 595591168, 1115684864, 1887436800, 1115684864, 2575302656, 1384120320 })]
    [InlineData(1023, new uint[] { 3233808384, 2629828608, 3653238784, 3988783104, 171966464, 423624704, 1019215872, 3007315968 })]
    public void Points_deep_in_the_sequence_and_in_high_dimensions_match_Joe_and_Kuos_gray_code_generator(int n, uint[] expected)
    {
        // Expected: point n (times 2^32) in dimensions 2, 3, 10, 31, 64, 65, 101 and 128, from a separate program that follows
        // Joe & Kuo's sobol.cc (points one after another, each the previous one XOR the direction number of the rightmost
        // zero bit of its index) over the same direction numbers; ours computes each point from its Gray code at once.
        var point = SobolSequence.Points(n + 1, SobolSequence.MaxDimensions)[n];
        int[] dimensions = [1, 2, 9, 30, 63, 64, 100, 127];
        Assert.Equal(expected, dimensions.Select(d => (uint)(point[d] * 4294967296.0)));
    }

    [Fact]
    public void Too_many_dimensions_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SobolSequence.Points(4, SobolSequence.MaxDimensions + 1));
    }
}
