namespace Qtickets.Simulator.Data;

/// <summary>The cities the simulated organiser tours, with two or three halls each.</summary>
internal static class CityCatalog
{
    public static readonly IReadOnlyList<City> All =
    [
        new(2, "Москва", "Europe/Moscow", "msk", TimeSpan.FromHours(3), 55.7558, 37.6176, 30,
        [
            new(101, "Крокус Сити Холл", "МКАД, 66-й км, вл. 1", "м. Мякинино", VenueKind.ConcertHall),
            new(102, "Клуб «16 тонн»", "ул. Пресненский Вал, 6, стр. 1", "м. Улица 1905 года", VenueKind.Club),
            new(103, "Театр эстрады", "ул. Серафимовича, 2", "м. Полянка", VenueKind.Theatre),
        ]),
        new(3, "Санкт-Петербург", "Europe/Moscow", "spb", TimeSpan.FromHours(3), 59.9386, 30.3141, 18,
        [
            new(111, "БКЗ «Октябрьский»", "Лиговский пр., 6", "м. Площадь Восстания", VenueKind.ConcertHall),
            new(112, "Клуб «Аврора»", "ул. Пироговская наб., 5/2", "м. Площадь Ленина", VenueKind.Club),
        ]),
        new(4, "Казань", "Europe/Moscow", "kzn", TimeSpan.FromHours(3), 55.7963, 49.1088, 9,
        [
            new(121, "Дворец единоборств «Ак Барс»", "ул. Хади Такташа, 123", string.Empty, VenueKind.ConcertHall),
            new(122, "Театр им. Камала", "ул. Татарстан, 1", string.Empty, VenueKind.Theatre),
        ]),
        new(5, "Екатеринбург", "Asia/Yekaterinburg", "ekb", TimeSpan.FromHours(5), 56.8389, 60.6057, 9,
        [
            new(131, "Teleclub", "ул. Карьерная, 16", string.Empty, VenueKind.Club),
            new(132, "Дом кино", "ул. Ленина, 49", string.Empty, VenueKind.Theatre),
        ]),
        new(6, "Новосибирск", "Asia/Novosibirsk", "nsk", TimeSpan.FromHours(7), 55.0084, 82.9357, 8,
        [
            new(141, "ДК Железнодорожников", "ул. Челюскинцев, 11", string.Empty, VenueKind.ConcertHall),
            new(142, "Клуб «Подземка»", "ул. Ленина, 24", string.Empty, VenueKind.Club),
        ]),
        new(7, "Калининград", "Europe/Kaliningrad", "kgd", TimeSpan.FromHours(2), 54.7104, 20.4522, 6,
        [
            new(151, "Янтарь холл", "г. Светлогорск, ул. Ленина, 11", string.Empty, VenueKind.ConcertHall),
        ]),
        new(8, "Самара", "Europe/Samara", "smr", TimeSpan.FromHours(4), 53.1959, 50.1002, 6,
        [
            new(161, "Дом офицеров", "ул. Вилоновская, 2", string.Empty, VenueKind.Theatre),
            new(162, "Клуб «Звезда»", "ул. Молодогвардейская, 151", string.Empty, VenueKind.Club),
        ]),
        new(9, "Краснодар", "Europe/Moscow", "krd", TimeSpan.FromHours(3), 45.0355, 38.9753, 7,
        [
            new(171, "Кубань-Концерт", "ул. Красная, 55", string.Empty, VenueKind.ConcertHall),
            new(172, "Театр драмы", "Театральная пл., 2", string.Empty, VenueKind.Theatre),
        ]),
    ];

    public static City PickWeighted(ref DeterministicRandom random)
    {
        var total = 0;
        foreach (var city in All)
        {
            total += city.Weight;
        }

        var roll = random.Next(total);
        foreach (var city in All)
        {
            roll -= city.Weight;
            if (roll < 0)
            {
                return city;
            }
        }

        return All[0];
    }
}
