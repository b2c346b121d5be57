namespace Westphalia.Reports;

/// <summary>A folder a report cannot be made of, with what is wrong in words for the user (the file and what it lacks).</summary>
public sealed class ReportException(string message) : Exception(message);
