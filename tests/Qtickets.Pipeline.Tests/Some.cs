using Qtickets.Api.Models;

namespace Qtickets.Pipeline.Tests;

/// <summary>Builders of API records with unique ids, so tests never collide by accident.</summary>
internal static class Some
{
    private static long _nextId = 1000;

    public static readonly DateTimeOffset PaidAt = new(2025, 11, 3, 12, 0, 0, TimeSpan.FromHours(3));

    public static long Id() => Interlocked.Increment(ref _nextId);

    public static Basket Basket(decimal price = 1500m) => new()
    {
        Id = Id(),
        ShowId = 77,
        Price = price,
        Quantity = 1,
        CreatedAt = PaidAt.AddMinutes(-10),
        UpdatedAt = PaidAt,
    };

    public static Order Order(params Basket[] baskets) => new()
    {
        Id = Id(),
        Payed = true,
        PayedAt = PaidAt,
        CreatedAt = PaidAt.AddMinutes(-10),
        UpdatedAt = PaidAt,
        EventId = 42,
        CurrencyId = "RUB",
        Client = new OrderClient("Buyer@Example.COM ", new ClientDetails("Иван", "Петров", null, "+79990000000")),
        Baskets = baskets.Length > 0 ? baskets : [Basket(), Basket()],
    };

    public static Event Event(long id = 42, string city = "Москва") => new()
    {
        Id = id,
        Name = "Концерт",
        City = new City(1, city, "Europe/Moscow"),
        Shows =
        [
            new Show { Id = 77, StartDate = new DateTimeOffset(2025, 12, 1, 19, 0, 0, TimeSpan.FromHours(3)), FinishDate = new DateTimeOffset(2025, 12, 1, 22, 0, 0, TimeSpan.FromHours(3)) },
            new Show { Id = 78, StartDate = new DateTimeOffset(2025, 12, 5, 19, 0, 0, TimeSpan.FromHours(3)) },
        ],
    };
}
