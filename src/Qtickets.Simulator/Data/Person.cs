namespace Qtickets.Simulator.Data;

/// <summary>Personal data of a buyer or ticket holder (the loader must not store it by default).</summary>
internal sealed record Person(string Name, string Surname, string? Middlename, string Email, string Phone);
