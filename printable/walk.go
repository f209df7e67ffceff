package printable

import (
	"reflect"
	"strings"
)

// Clean returns v with every string reachable from it made printable with
// String: the fields of structs, the elements of slices and arrays, the
// keys' values of maps, through pointers. It never changes v or anything v
// points to (a store may share them with its caches): what needs cleaning
// is copied, and v itself is returned when nothing does, the common case.
// Fields whose name ends in "ID" are left alone: they are keys the program
// looks records up by, not text for people (print one through Line when it
// is shown).
func Clean[T any](v T) T {
	out, changed := clean(reflect.ValueOf(&v).Elem())
	if !changed {
		return v
	}
	return out.Interface().(T)
}

// clean returns a cleaned copy of v and true, or v and false when v holds
// nothing to clean.
func clean(v reflect.Value) (reflect.Value, bool) {
	switch v.Kind() {
	case reflect.String:
		if s := v.String(); !isPlain(s) {
			out := reflect.New(v.Type()).Elem()
			out.SetString(String(s))
			return out, true
		}
	case reflect.Pointer:
		if v.IsNil() {
			return v, false
		}
		if e, ok := clean(v.Elem()); ok {
			p := reflect.New(v.Type().Elem())
			p.Elem().Set(e)
			return p, true
		}
	case reflect.Struct:
		var out reflect.Value
		t := v.Type()
		for i := range v.NumField() {
			f := t.Field(i)
			if !f.IsExported() || strings.HasSuffix(f.Name, "ID") {
				continue
			}
			if e, ok := clean(v.Field(i)); ok {
				if !out.IsValid() {
					out = reflect.New(t).Elem()
					out.Set(v)
				}
				out.Field(i).Set(e)
			}
		}
		if out.IsValid() {
			return out, true
		}
	case reflect.Slice, reflect.Array:
		var out reflect.Value
		for i := range v.Len() {
			if e, ok := clean(v.Index(i)); ok {
				if !out.IsValid() {
					if v.Kind() == reflect.Slice {
						out = reflect.MakeSlice(v.Type(), v.Len(), v.Len())
						reflect.Copy(out, v)
					} else {
						out = reflect.New(v.Type()).Elem()
						out.Set(v)
					}
				}
				out.Index(i).Set(e)
			}
		}
		if out.IsValid() {
			return out, true
		}
	case reflect.Map:
		var out reflect.Value
		iter := v.MapRange()
		for iter.Next() {
			if e, ok := clean(iter.Value()); ok {
				if !out.IsValid() {
					out = reflect.MakeMapWithSize(v.Type(), v.Len())
					copyIter := v.MapRange()
					for copyIter.Next() {
						out.SetMapIndex(copyIter.Key(), copyIter.Value())
					}
				}
				out.SetMapIndex(iter.Key(), e)
			}
		}
		if out.IsValid() {
			return out, true
		}
	}
	return v, false
}
