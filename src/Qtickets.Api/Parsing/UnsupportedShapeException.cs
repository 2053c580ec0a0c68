namespace Qtickets.Api.Parsing;

/// <summary>
/// The fast order reader met a shape it leaves to the document reader (an escaped member name, baskets as a PHP
/// associative array...). Never escapes the reader: the record is parsed again by <see cref="OrderParser"/>.
/// </summary>
internal sealed class UnsupportedShapeException(string shape) : Exception($"the fast order reader does not read {shape}");
