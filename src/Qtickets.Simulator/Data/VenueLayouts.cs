namespace Qtickets.Simulator.Data;

/// <summary>Seat layouts per kind of hall, sized and priced by the event's random stream.</summary>
internal static class VenueLayouts
{
    public static IReadOnlyList<SeatZone> Create(VenueKind kind, ref DeterministicRandom random)
    {
        var basePrice = random.Next(8, 36) * 100;
        return kind switch
        {
            VenueKind.Theatre =>
            [
                Seated("PARTER", "Партер", random.Next(12, 21), random.Next(20, 31), basePrice, 5, 1),
                Seated("BALCONY", "Балкон", random.Next(3, 7), random.Next(16, 25), RoundPrice(basePrice * 0.6), 8, 2),
                Seated("LOGE", "Ложа", 1, random.Next(6, 11), RoundPrice(basePrice * 1.5), 1, 3),
            ],
            VenueKind.Club =>
            [
                Admission("DANCE", "Танцпол", random.Next(4, 31) * 50, basePrice, 6, 1),
                Seated("VIP", "VIP-балкон", random.Next(2, 5), random.Next(10, 17), basePrice * 2, 1, 2),
            ],
            _ =>
            [
                Seated("PARTER", "Партер", random.Next(10, 26), random.Next(20, 37), RoundPrice(basePrice * 1.2), 5, 1),
                Admission("FAN", "Фан-зона", random.Next(4, 17) * 50, RoundPrice(basePrice * 1.5), 2, 2),
                Seated("BALCONY", "Балкон", random.Next(4, 9), random.Next(20, 31), RoundPrice(basePrice * 0.7), 8, 3),
            ],
        };
    }

    private static SeatZone Seated(string code, string name, int rows, int places, int price, int theme, int priceId) =>
        new(code, name, Admission: false, rows, places, Capacity: 1, price, theme, priceId);

    private static SeatZone Admission(string code, string name, int capacity, int price, int theme, int priceId) =>
        new(code, name, Admission: true, Rows: 1, Places: 1, capacity, price, theme, priceId);

    private static int RoundPrice(double price) => (int)(Math.Round(price / 100.0) * 100);
}
