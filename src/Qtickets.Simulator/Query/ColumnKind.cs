namespace Qtickets.Simulator.Query;

/// <summary>How a filter value is read and compared for a column.</summary>
internal enum ColumnKind
{
    /// <summary>Numbers; strings holding numbers are accepted too, as PHP does.</summary>
    Number,

    /// <summary>true/false, 1/0, "1"/"0".</summary>
    Boolean,

    /// <summary>Datetimes compared as instants; strings with an offset, or Moscow time without one.</summary>
    DateTime,

    /// <summary>Text compared ordinally.</summary>
    Text,
}
