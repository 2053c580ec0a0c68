using System.Globalization;

namespace Qtickets.Api.Tests.Support;

internal static class Cultures
{
    /// <summary>Runs <paramref name="action"/> with the current culture set to <paramref name="name"/>, then restores it.</summary>
    public static async Task<T> WithAsync<T>(string name, Func<Task<T>> action)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
        try
        {
            return await action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
