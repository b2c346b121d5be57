namespace Westphalia.Metrics;

/// <summary>UCDP's types of organised violence (UCDP GED codebook, <c>type_of_violence</c>).</summary>
public enum ViolenceType
{
    StateBased = 1,
    NonState = 2,
    OneSided = 3,
}
