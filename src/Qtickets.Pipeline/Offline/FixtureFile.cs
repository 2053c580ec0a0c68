using System.Globalization;
using System.Text.Json;
using Qtickets.Configuration;

namespace Qtickets.Pipeline.Offline;

/// <summary>
/// An API-shaped fixture file (a list answer <c>{"data": [...], ...}</c> or a bare array) as its bytes and the place
/// of each record in them, in ascending id order: pages are served as slices of the file, never as a tree of the
/// whole file (a saved orders history is hundreds of megabytes). One pass of a <see cref="Utf8JsonReader"/> finds the
/// records and their ids. A missing or malformed file is a configuration error (exit 2), found before anything is
/// written.
/// </summary>
public sealed class FixtureFile
{
    private static readonly ReadOnlyMemory<byte> Comma = new[] { (byte)',' };

    private readonly byte[] _bytes;
    private readonly IReadOnlyList<Range> _records;

    private FixtureFile(byte[] bytes, IReadOnlyList<Range> records)
    {
        _bytes = bytes;
        _records = records;
    }

    public int Count => _records.Count;

    public static FixtureFile Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new ConfigurationException($"offline fixture {path} does not exist");
        }

        var bytes = File.ReadAllBytes(path);
        try
        {
            return new FixtureFile(bytes, Index(bytes, path));
        }
        catch (JsonException ex)
        {
            throw new ConfigurationException($"offline fixture {path} is not valid JSON: {ex.Message}");
        }
    }

    /// <summary>
    /// The bytes of the records <paramref name="skip"/>.. (at most <paramref name="take"/>), commas between them,
    /// as ranges of the file: nothing is copied.
    /// </summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> Records(int skip, int take)
    {
        var parts = new List<ReadOnlyMemory<byte>>(2 * take);
        for (var i = skip; i < Math.Min(_records.Count, skip + take); i++)
        {
            if (i > skip)
            {
                parts.Add(Comma);
            }

            parts.Add(_bytes.AsMemory(_records[i]));
        }

        return parts;
    }

    private static List<Range> Index(byte[] bytes, string path)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        if (!reader.Read() || !MoveToRecords(ref reader))
        {
            throw new ConfigurationException($"offline fixture {path} must be a JSON array or an object with a \"data\" array");
        }

        var records = new List<(long Id, Range Bytes)>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            // Every record must be an object: a list of numbers or strings used to escape as a crash (exit 1).
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new ConfigurationException(string.Create(CultureInfo.InvariantCulture, $"offline fixture {path}: record {records.Count + 1} is not a JSON object"));
            }

            var start = (int)reader.TokenStartIndex;
            var id = RecordId(ref reader);
            records.Add((id, start..(int)reader.BytesConsumed));
        }

        // A record without a numeric id sorts first and is judged by the client's reader, like any API record.
        return [.. records.OrderBy(r => r.Id).Select(r => r.Bytes)];
    }

    /// <summary>Moves the reader into the records list: the root array, or the root object's <c>data</c> array.</summary>
    private static bool MoveToRecords(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isData = reader.ValueTextEquals("data"u8);
            reader.Read();
            if (isData)
            {
                return reader.TokenType == JsonTokenType.StartArray;
            }

            reader.Skip();
        }

        return false;
    }

    /// <summary>The record's top-level numeric <c>id</c> (0 when it has none); leaves the reader on the record's end.</summary>
    private static long RecordId(ref Utf8JsonReader reader)
    {
        long id = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isId = reader.ValueTextEquals("id"u8);
            reader.Read();
            if (isId && reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number))
            {
                id = number;
            }
            else
            {
                reader.Skip();
            }
        }

        return id;
    }
}
