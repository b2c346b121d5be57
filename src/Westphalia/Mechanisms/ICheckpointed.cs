namespace Westphalia.Mechanisms;

/// <summary>A mechanism with state of its own beyond the world's tables, saved in checkpoints.</summary>
public interface ICheckpointed
{
    void Save(BinaryWriter writer);

    void Load(BinaryReader reader);
}
