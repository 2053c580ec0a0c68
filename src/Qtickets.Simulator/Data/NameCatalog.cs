namespace Qtickets.Simulator.Data;

/// <summary>Russian names (with their Latin spelling for e-mail addresses) and event titles.</summary>
internal static class NameCatalog
{
    public static readonly IReadOnlyList<(string Name, string Latin)> MaleNames =
    [
        ("Александр", "alexander"), ("Дмитрий", "dmitry"), ("Максим", "maxim"), ("Сергей", "sergey"),
        ("Андрей", "andrey"), ("Алексей", "alexey"), ("Иван", "ivan"), ("Михаил", "mikhail"),
        ("Никита", "nikita"), ("Егор", "egor"), ("Павел", "pavel"), ("Артём", "artem"),
    ];

    public static readonly IReadOnlyList<(string Name, string Latin)> FemaleNames =
    [
        ("Анна", "anna"), ("Мария", "maria"), ("Елена", "elena"), ("Ольга", "olga"),
        ("Наталья", "natalia"), ("Екатерина", "ekaterina"), ("Татьяна", "tatiana"), ("Ирина", "irina"),
        ("Дарья", "daria"), ("Юлия", "yulia"), ("Алина", "alina"), ("Полина", "polina"),
    ];

    /// <summary>Masculine surnames; the feminine form appends "а" (all entries are of that kind).</summary>
    public static readonly IReadOnlyList<(string Name, string Latin)> Surnames =
    [
        ("Иванов", "ivanov"), ("Смирнов", "smirnov"), ("Кузнецов", "kuznetsov"), ("Попов", "popov"),
        ("Васильев", "vasiliev"), ("Петров", "petrov"), ("Соколов", "sokolov"), ("Михайлов", "mikhailov"),
        ("Новиков", "novikov"), ("Фёдоров", "fedorov"), ("Морозов", "morozov"), ("Волков", "volkov"),
        ("Алексеев", "alekseev"), ("Лебедев", "lebedev"), ("Семёнов", "semenov"), ("Егоров", "egorov"),
    ];

    public static readonly IReadOnlyList<string> Patronymics =
    [
        "Александров", "Дмитриев", "Сергеев", "Андреев", "Иванов", "Михайлов", "Петров", "Николаев",
    ];

    public static readonly IReadOnlyList<string> MailDomains =
    [
        "mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru", "list.ru", "rambler.ru",
    ];

    public static readonly IReadOnlyList<string> EventKinds =
    [
        "Стендап-концерт", "Концерт", "Шоу", "Спектакль", "Вечеринка", "Лекция", "Мюзикл", "Фестиваль",
    ];

    public static readonly IReadOnlyList<string> EventTitles =
    [
        "Большой сольный", "Новое и лучшее", "Ночь в большом городе", "Весенний тур", "Осенний тур",
        "Песни о главном", "Импровизация", "Звёзды джаза", "Симфонический рок", "Юбилейный",
        "Без цензуры", "Открытый микрофон", "Легенды 90-х", "Танцы до утра", "Классика при свечах",
    ];
}
