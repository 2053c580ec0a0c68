using System.Text.Json;
using Qtickets.Simulator.Data;
using N = Qtickets.Simulator.Json.JsonNames;

namespace Qtickets.Simulator.Json;

internal static class ClientJsonWriter
{
    public static void Write(Utf8JsonWriter writer, ClientModel client)
    {
        writer.WriteStartObject();
        writer.WriteNumber(N.Id, client.Id);
        writer.WriteString(N.Email, client.Person.Email);
        writer.WriteStartObject(N.Details);
        writer.WriteNumber(N.Id, client.DetailsId);
        writer.WriteString(N.Name, client.Person.Name);
        writer.WriteString(N.Middlename, client.Person.Middlename);
        writer.WriteString(N.Surname, client.Person.Surname);
        writer.WriteString(N.Phone, client.Person.Phone);
        writer.WriteString(N.VkId, string.Empty);
        writer.WriteString(N.FacebookId, string.Empty);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
