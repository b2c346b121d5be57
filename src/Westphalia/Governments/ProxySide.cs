namespace Westphalia.Governments;

/// <summary>The side a patron arms in another state's civil war.</summary>
public enum ProxySide
{
    None = 0,
    Government = 1,
    Rebels = 2,
}
