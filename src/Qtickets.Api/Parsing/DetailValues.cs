using System.Text.Json;
using Qtickets.Api.Models;

namespace Qtickets.Api.Parsing;

/// <summary>The name and phone members of a client or of its <c>details</c> object, for the fast order reader.</summary>
internal sealed class DetailValues
{
    private string? _name;
    private string? _surname;
    private string? _middlename;
    private string? _phone;

    public void Set(OrderField field, ref Utf8JsonReader reader)
    {
        switch (field)
        {
            case OrderField.Name: _name = TolerantValue.Text(ref reader); break;
            case OrderField.Surname: _surname = TolerantValue.Text(ref reader); break;
            case OrderField.Middlename: _middlename = TolerantValue.Text(ref reader); break;
            case OrderField.Phone: _phone = TolerantValue.Text(ref reader); break;
            default: reader.Skip(); break;
        }
    }

    public ClientDetails ToDetails() => new(_name, _surname, _middlename, _phone);
}
