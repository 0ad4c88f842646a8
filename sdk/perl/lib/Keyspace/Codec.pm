package Keyspace::Codec;
# Perl values <-> proto3 JSON, walking the schema tables generated in
# Keyspace::Gen::RPCs: bytes are Perl byte strings (base64 on the wire),
# 64-bit integers Perl numbers (strings on the wire), enums their value names
# (a request may give the short form, "NX" for SET_CONDITION_NX), an unset
# optional field undef (Redis's nil).
use v5.36;
use Carp qw(croak);
use JSON::PP ();
use MIME::Base64 qw(encode_base64 decode_base64);
use Keyspace::Gen::RPCs;

my $JSON = JSON::PP->new->canonical->allow_nonref;
sub json () { return $JSON }

sub fields ($type) {
    return $Keyspace::Gen::RPCs::MESSAGES{$type} // croak "no message $type in the schema";
}

sub enum_value ($type, $name) {
    my $values = $Keyspace::Gen::RPCs::ENUMS{$type} // croak "no enum $type in the schema";
    my $upper = uc $name;
    for my $value (@$values) {
        return $value if $value eq $upper || $value =~ /_\Q$upper\E\z/;
    }
    croak "$name is not a value of $type (@$values)";
}

sub scalar_to_json ($field, $value) {
    my $kind = $field->{kind};
    return encode_base64($value, '')                       if $kind eq 'bytes';
    return "$value"                                        if $kind eq 'int64' || $kind eq 'string';
    return $value ? JSON::PP::true : JSON::PP::false       if $kind eq 'bool';
    return enum_value($field->{type}, $value)              if $kind eq 'enum';
    return to_json($field->{type}, $value)                 if $kind eq 'message';
    return 0 + $value;
}

# A message given as a hash (proto or JSON field names) as proto3 JSON data.
sub to_json ($type, $values) {
    croak "$type wants a hash reference" if ref $values ne 'HASH';
    my %out;
    my %known;
    for my $field (fields($type)->@*) {
        $known{$field->{name}} = $known{$field->{json}} = 1;
        my $value = exists $values->{$field->{name}} ? $values->{$field->{name}} : $values->{$field->{json}};
        next if !defined $value;
        $out{$field->{json}} =
            $field->{repeated}
            ? [map { scalar_to_json($field, $_) } @{ ref $value eq 'ARRAY' ? $value : [$value] }]
            : scalar_to_json($field, $value);
    }
    my @unknown = grep { !$known{$_} } keys %$values;
    croak "$type has no field @unknown" if @unknown;
    return \%out;
}

sub scalar_from_json ($field, $value) {
    my $kind = $field->{kind};
    return decode_base64($value)                  if $kind eq 'bytes';
    return $value ? 1 : 0                         if $kind eq 'bool';
    return from_json($field->{type}, $value)      if $kind eq 'message';
    return $value                                 if $kind eq 'enum' || $kind eq 'string';
    return 0 + $value;
}

sub default_of ($field) {
    my $kind = $field->{kind};
    return undef if $field->{optional} || $field->{oneof} || $kind eq 'message';
    return ''    if $kind eq 'bytes' || $kind eq 'string';
    return $Keyspace::Gen::RPCs::ENUMS{ $field->{type} }[0] if $kind eq 'enum';
    return 0;
}

# proto3 JSON data as a hash keyed by proto field names: every field there,
# unset optional, oneof and message fields as undef, others at their default.
sub from_json ($type, $data) {
    my %out;
    for my $field (fields($type)->@*) {
        my $value = $data->{$field->{json}} // $data->{$field->{name}};
        $out{$field->{name}} =
              $field->{repeated} ? [map { scalar_from_json($field, $_) } @{ $value // [] }]
            : defined $value     ? scalar_from_json($field, $value)
            :                      default_of($field);
    }
    return \%out;
}

# The request of a method from the client's arguments: the positional ones
# fill the fields a command cannot do without (those that are not optional,
# not in a oneof, neither enum nor bool: the Redis command's arguments), in
# schema order; a last hash reference gives any field by name (the options).
sub request ($type, @args) {
    my @positional = grep {
        !$_->{optional} && !$_->{oneof} && $_->{kind} ne 'enum' && $_->{kind} ne 'bool'
    } fields($type)->@*;
    my %values;
    if (@args > @positional) {
        my $options = pop @args;
        croak "expected at most " . scalar(@positional) . " arguments and a hash of options"
            if ref $options ne 'HASH' || @args > @positional;
        %values = %$options;
    }
    for my $i (0 .. $#args) {
        $values{ $positional[$i]{name} } = $args[$i];
    }
    return to_json($type, \%values);
}

# What a method returns: the response's only field, else the whole hash.
sub result ($type, $data) {
    my $fields = fields($type);
    my $out    = from_json($type, $data);
    return $out->{ $fields->[0]{name} } if @$fields == 1;
    return $out;
}

1;
