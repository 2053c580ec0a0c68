namespace Qtickets.Cli.Infrastructure;

/// <summary>How log events are rendered: readable text on a terminal, one JSON object per line otherwise.</summary>
public enum LogFormat
{
    Text,
    Json,
}
