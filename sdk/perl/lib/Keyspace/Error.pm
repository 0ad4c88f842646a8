package Keyspace::Error;
# What Keyspace::Client dies with: a Redis error (prefix "WRONGTYPE", "ERR",
# ...: the google.rpc.ErrorInfo reason the server sends) or a failure that is
# not Redis's (unreachable server, passed deadline), whose prefix is undef.
use v5.36;
use overload '""' => sub ($self, @) { $self->{message} }, fallback => 1;

sub new ($class, %fields) { return bless {%fields}, $class }

# Redis's error prefix, undef when the failure is not a Redis error.
sub prefix ($self) { return $self->{prefix} }
# Redis's whole error text ("WRONGTYPE Operation against ...").
sub message ($self) { return $self->{message} }
# The gRPC status code, as a number and by name ("FAILED_PRECONDITION").
sub code ($self)      { return $self->{code} }
sub code_name ($self) { return Keyspace::Native::code_name($self->{code}) }
sub throw ($class, %fields) { die $class->new(%fields) }

1;
