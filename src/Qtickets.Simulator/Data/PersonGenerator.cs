using System.Globalization;

namespace Qtickets.Simulator.Data;

internal static class PersonGenerator
{
    /// <summary>A person; <paramref name="uniqueNumber"/> keeps e-mail addresses distinct.</summary>
    public static Person Create(long uniqueNumber, ref DeterministicRandom random)
    {
        var female = random.Chance(0.55);
        var (name, latinName) = random.Pick(female ? NameCatalog.FemaleNames : NameCatalog.MaleNames);
        var (surname, latinSurname) = random.Pick(NameCatalog.Surnames);
        var patronymic = random.Pick(NameCatalog.Patronymics);
        string? middlename = random.Chance(0.6) ? patronymic + (female ? "на" : "ич") : null;
        var email = string.Create(
            CultureInfo.InvariantCulture,
            $"{latinName}.{latinSurname}{(female ? "a" : string.Empty)}.{uniqueNumber}@{random.Pick(NameCatalog.MailDomains)}");
        var phone = "+79" + random.Next(100_000_000, 1_000_000_000).ToString(CultureInfo.InvariantCulture);
        return new Person(name, female ? surname + "а" : surname, middlename, email, phone);
    }
}
