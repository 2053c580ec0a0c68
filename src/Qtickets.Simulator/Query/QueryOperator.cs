namespace Qtickets.Simulator.Query;

internal enum QueryOperator
{
    Equal,
    NotEqual,
    Less,
    Greater,
    LessOrEqual,
    GreaterOrEqual,
    In,
    NotIn,
    InArray,
    NotInArray,
    Null,
    NotNull,
}
