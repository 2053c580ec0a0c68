namespace Qtickets.Api.Parsing;

/// <summary>What a member of an API record held, before the data contract judges it.</summary>
internal enum ApiValueState : byte
{
    /// <summary>The member was not in the record.</summary>
    Absent,

    /// <summary><c>null</c>, an empty string or a MySQL zero date: no value.</summary>
    Null,

    /// <summary>A value of the expected kind, in <see cref="ApiValue{T}.Value"/>.</summary>
    Ok,

    /// <summary>Something else; <see cref="ApiValue{T}.Raw"/> says what, for the rejection message.</summary>
    Invalid,
}
