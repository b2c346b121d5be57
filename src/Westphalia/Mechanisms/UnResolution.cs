using MemoryPack;

namespace Westphalia.Mechanisms;

/// <summary>A measure the Council adopted, in force until <see cref="EndTick"/>.</summary>
[MemoryPackable]
public sealed partial record UnResolution(int Number, UnMeasure Measure, int Target, int StartTick, int EndTick);
