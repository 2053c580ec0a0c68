using System.Text;

namespace Qtickets.ClickHouse.Schema;

/// <summary>
/// Splits a SQL file into statements at semicolons that are outside string literals, quoted names and comments.
/// Comments are removed (their text never reaches the server); statements are trimmed; empty ones dropped.
/// </summary>
public static class SqlScriptSplitter
{
    public static IReadOnlyList<string> Split(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var statements = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < script.Length; i++)
        {
            var c = script[i];
            if (c is '\'' or '"' or '`')
            {
                i = CopyQuoted(script, i, current);
            }
            else if (c == '-' && Next(script, i) == '-')
            {
                i = SkipLineComment(script, i);
                current.Append('\n');
            }
            else if (c == '/' && Next(script, i) == '*')
            {
                i = SkipBlockComment(script, i);
                current.Append(' ');
            }
            else if (c == ';')
            {
                Add(statements, current);
            }
            else
            {
                current.Append(c);
            }
        }

        Add(statements, current);
        return statements;
    }

    private static char Next(string s, int i) => i + 1 < s.Length ? s[i + 1] : '\0';

    private static int CopyQuoted(string s, int start, StringBuilder into)
    {
        var quote = s[start];
        into.Append(quote);
        for (var i = start + 1; i < s.Length; i++)
        {
            into.Append(s[i]);
            if (s[i] == '\\' && i + 1 < s.Length)
            {
                into.Append(s[++i]);
            }
            else if (s[i] == quote)
            {
                return i;
            }
        }

        throw new FormatException($"unterminated {quote} quote starting at offset {start}");
    }

    private static int SkipLineComment(string s, int start)
    {
        var end = s.IndexOf('\n', start);
        return end < 0 ? s.Length : end;
    }

    private static int SkipBlockComment(string s, int start)
    {
        var end = s.IndexOf("*/", start + 2, StringComparison.Ordinal);
        return end < 0 ? throw new FormatException($"unterminated /* comment starting at offset {start}") : end + 1;
    }

    private static void Add(List<string> statements, StringBuilder current)
    {
        var lines = current.ToString().Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0);
        var statement = string.Join('\n', lines).Trim();
        if (statement.Length > 0)
        {
            statements.Add(statement);
        }

        current.Clear();
    }
}
