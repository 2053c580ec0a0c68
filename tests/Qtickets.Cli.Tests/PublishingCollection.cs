namespace Qtickets.Cli.Tests;

/// <summary>
/// Tests that build or publish the repository's projects (the Dockerfile's publish command, verify's build and test
/// steps) run one at a time: two builds writing the same obj/ folders at once would trip over each other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PublishingCollection
{
    public const string Name = "builds the repository's projects";
}
