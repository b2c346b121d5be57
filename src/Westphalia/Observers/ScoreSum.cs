using System.Runtime.CompilerServices;
using Westphalia.Metrics;

namespace Westphalia.Observers;

/// <summary>Population-weighted sums of Human Security scores: a state's over its regions, the world's over its states.</summary>
public struct ScoreSum
{
    private double _w, _le, _fs, _vd, _ds, _ii, _hi, _fi, _vi, _di, _want, _fear, _hsi;

    /// <summary>
    /// Adds a region's scores weighted by its population. Inlined where it is called: the score pass calls it for every
    /// region, and a call would build the scores in memory first.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(in HumanSecurityScores s, long population)
    {
        double w = population;
        _w += w;
        _le += w * s.LifeExpectancy;
        _fs += w * s.FoodSecurity;
        _vd += w * s.ViolentDeathRate;
        _ds += w * s.DisplacedShare;
        _ii += w * s.IncomeIndex;
        _hi += w * s.HealthIndex;
        _fi += w * s.FoodIndex;
        _vi += w * s.ViolenceIndex;
        _di += w * s.DisplacementIndex;
        _want += w * s.FreedomFromWant;
        _fear += w * s.FreedomFromFear;
        _hsi += w * s.Index;
    }

    public void Add(in ScoreSum other)
    {
        _w += other._w;
        _le += other._le;
        _fs += other._fs;
        _vd += other._vd;
        _ds += other._ds;
        _ii += other._ii;
        _hi += other._hi;
        _fi += other._fi;
        _vi += other._vi;
        _di += other._di;
        _want += other._want;
        _fear += other._fear;
        _hsi += other._hsi;
    }

    /// <summary>The population-weighted means; all zero when no one was counted.</summary>
    public readonly HumanSecurityScores Mean()
    {
        if (_w <= 0)
        {
            return default;
        }

        var k = 1 / _w;
        return new HumanSecurityScores(_le * k, _fs * k, _vd * k, _ds * k, _ii * k, _hi * k, _fi * k, _vi * k, _di * k, _want * k, _fear * k, _hsi * k);
    }
}
