namespace Qtickets.Pipeline.Stages;

/// <summary>An optional dataset: its name in the metrics, its skip flag and setting, and its staging table.</summary>
internal sealed record OptionalDataset(string Name, bool Skip, string SkipSetting, string Table);
