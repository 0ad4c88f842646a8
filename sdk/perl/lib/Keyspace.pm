package Keyspace;
# Loads the XS binding of libkeyspace (Keyspace::Native); use Keyspace::Client.
use v5.36;

our $VERSION = '0.1.0';

require XSLoader;
XSLoader::load('Keyspace', $VERSION);

1;
