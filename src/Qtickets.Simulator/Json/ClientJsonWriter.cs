using System.Text.Json;
using Qtickets.Simulator.Data;

namespace Qtickets.Simulator.Json;

internal static class ClientJsonWriter
{
    public static void Write(Utf8JsonWriter writer, ClientModel client)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", client.Id);
        writer.WriteString("email", client.Person.Email);
        writer.WriteStartObject("details");
        writer.WriteNumber("id", client.DetailsId);
        writer.WriteString("name", client.Person.Name);
        writer.WriteString("middlename", client.Person.Middlename);
        writer.WriteString("surname", client.Person.Surname);
        writer.WriteString("phone", client.Person.Phone);
        writer.WriteString("vk_id", string.Empty);
        writer.WriteString("facebook_id", string.Empty);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
